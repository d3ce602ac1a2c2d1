"""English texts of the catalog's demo content (see core.demo.english for the shape and the lookups)."""

ENGLISH = {
    "products.Category": {
        "breakers": {
            "name": "Hydraulic breakers",
            "summary": "Side, top and box-type hydraulic breakers for 1–45 t excavators.",
            "description": "<p>Nitrogen and oil pressure together give a strong, steady blow.</p>",
        },
        "buckets": {"name": "Excavator buckets", "summary": "Standard, rock, mining, ditching and skeleton buckets."},
    },
    "products.SpecField": {
        "总长": {"name": "Overall length"},
        "工作重量": {"name": "Operating weight"},
        "工作流量": {"name": "Oil flow"},
    },
    "products.Product": {
        "kdb-100": {
            "name": "Side-type hydraulic breaker",
            "summary": "A 100 mm chisel breaker for 10–15 t excavators.",
            "body": "<p>A side-type breaker for trenching, secondary breaking and demolition.</p>",
        },
        "kdb-140": {"name": "Box-type silenced breaker", "summary": "A 140 mm chisel breaker for 18–26 t excavators."},
    },
    "products.Case": {
        "xiangjiang-river-dredging": {"title": "River dredging on a tributary of the Xiang", "location": "Hunan"},
    },
    "products.Video": {
        "KD-VH250侧夹振动锤光伏打桩实拍": {"title": "KD-VH250 side-grip vibro hammer driving solar piles"},
    },
}
