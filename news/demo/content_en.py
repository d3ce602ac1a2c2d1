"""English texts of the news demo content (see core.demo.english for the shape and the lookups)."""

ENGLISH = {
    "news.NewsCategory": {
        "company": {"name": "Company news"},
        "industry": {"name": "Industry news"},
    },
    "news.Article": {
        "bauma-china-2024": {
            "title": "Kede at bauma CHINA 2024: a new generation of silenced breakers",
            "summary": "Kede Group showed its new silenced breakers at bauma CHINA 2024 in Shanghai.",
            "body": "<p>Kede Group launched its new generation of silenced hydraulic breakers at bauma CHINA 2024.</p>",
        },
        "new-plant-phase-three": {"title": "Work starts on phase three of Kede's new plant"},
    },
}
