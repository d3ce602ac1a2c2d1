"""English texts of the site shell's demo content (see core.demo.english for the shape and the lookups)."""

ENGLISH = {
    "pages.SiteSettings": {
        "site": {
            "company_name": "Hengyang Kede Construction Machinery Manufacturing Co., Ltd.",
            "short_name": "Kede Group",
            "profile_summary": "Kede Group designs and builds hydraulic breakers and excavator attachments.",
        },
    },
    "pages.Page": {
        "/about/": {"title": "About Kede", "summary": "Kede Group at a glance."},
        "/products/": {"title": "Products"},
    },
    "pages.Banner": {
        "科德破碎锤 强劲稳定": {"title": "Kede breakers: strong and steady"},
    },
    "pages.Honor": {
        "高新技术企业证书": {"title": "High-tech enterprise certificate"},
    },
}
