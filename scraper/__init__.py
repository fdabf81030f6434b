"""The Scrapy project: settings, the articles spider, the archive pipeline. Glue only."""
