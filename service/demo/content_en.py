"""English texts of the service demo content (see core.demo.english for the shape and the lookups)."""

ENGLISH = {
    "service.Office": {
        "衡阳营销中心": {"name": "Hengyang sales centre", "city": "Hengyang"},
        "武汉办事处": {"name": "Wuhan office", "city": "Wuhan"},
    },
    "service.RepairStep": {
        "报修": {"title": "Report the fault"},
        "初步诊断": {"title": "First diagnosis"},
    },
}
