"""English texts of the careers demo content (see core.demo.english for the shape and the lookups)."""

ENGLISH = {
    "careers.Job": {
        "mechanical-design-engineer": {
            "title": "Mechanical design engineer",
            "department": "Research and development",
            "location": "Hengyang",
            "duties": "<ul><li>Design hydraulic attachments for excavators.</li></ul>",
        },
        "hydraulic-engineer": {"title": "Hydraulic engineer", "location": "Hengyang"},
    },
    "careers.Question": {
        "应聘流程是怎样的？": {
            "question": "How does the application process work?",
            "answer": "<p>Apply online; HR answers within five working days.</p>",
        },
        "应届毕业生可以应聘吗？": {"question": "Can new graduates apply?"},
    },
}
