# ruff: noqa: E501 -- long lines of prose and HTML
"""English texts of the careers's demo content (see careers/demo/content.py): model label → lookup → fields."""

ENGLISH = {
    "careers.Job": {
        "mechanical-design-engineer": {
            "title": "Mechanical Design Engineer",
            "department": "Technology Centre",
            "location": "Hengyang",
            "duties": """
<ul>
<li>Structural design and 3D modelling of hydraulic breakers, hydraulic shears, log grapples and other attachments.</li>
<li>Concept design and drawings of custom attachments for customers’ excavator models and working conditions.</li>
<li>Working with production and quality to solve technical problems in trial and series production.</li>
</ul>
""",
            "requirements": """
<ul>
<li>Bachelor’s degree or higher in mechanical engineering and automation or a related subject.</li>
<li>Fluent in SolidWorks or Creo and able to produce engineering drawings independently.</li>
<li>Design experience in construction machinery or steel structures is a plus; new graduates are welcome too.</li>
</ul>
""",
            "benefits": "<p>Social insurance and housing fund, year-end bonus, free dormitory and meals; technical career track and a mentor.</p>",
        },
        "hydraulic-engineer": {
            "title": "Hydraulic Engineer",
            "department": "Technology Centre",
            "location": "Hengyang",
            "duties": "<ul><li>Design, component selection and test validation of attachment hydraulic systems.</li><li>Writing hydraulic schematics and commissioning instructions.</li></ul>",
            "requirements": "<ul><li>Bachelor’s degree or higher in hydraulic transmission or mechatronics.</li><li>Familiar with selecting hydraulic valves, cylinders and motors.</li></ul>",
            "benefits": "<p>Social insurance and housing fund, project bonuses, paid annual leave.</p>",
        },
        "robot-welder": {
            "title": "Welder (Robotic Welding)",
            "department": "Fabrication Workshop",
            "location": "Hengyang",
            "duties": "<ul><li>Operating welding robots to weld buckets, booms and other structures.</li><li>Preparing joints before welding and checking your own work afterwards.</li></ul>",
            "requirements": "<ul><li>Welder’s certificate and at least two years of structural welding experience.</li><li>If you have not operated robots before, we will train you.</li></ul>",
            "benefits": "<p>Piece-rate pay plus skill allowance, free dormitory, skill-level certification.</p>",
        },
        "cnc-operator": {
            "title": "CNC Operator",
            "department": "Machining Workshop",
            "location": "Hengyang",
            "duties": "<ul><li>Operating boring and milling machines and machining centres to make pins, cylinders and other parts.</li></ul>",
            "requirements": "<ul><li>Able to read engineering drawings; experience on boring and milling machines or machining centres.</li></ul>",
            "benefits": "<p>Social insurance and housing fund, night-shift allowance, free meals.</p>",
        },
        "foreign-trade-sales": {
            "title": "International Sales Representative",
            "department": "International Trade",
            "location": "Hengyang",
            "duties": "<ul><li>Finding and looking after overseas dealers; following up enquiries, quotations and orders.</li><li>Attending international trade shows.</li></ul>",
            "requirements": "<ul><li>English or Spanish as a working language.</li><li>Willing to travel abroad.</li></ul>",
            "benefits": "<p>Base salary plus commission; training abroad.</p>",
        },
        "after-sales-engineer": {
            "title": "After-Sales Service Engineer",
            "department": "Customer Centre",
            "location": "Nationwide",
            "duties": "<ul><li>Installing and commissioning attachments, repairing them on site and training customers.</li></ul>",
            "requirements": "<ul><li>Familiar with excavator hydraulic systems, willing to travel, driving licence.</li></ul>",
            "benefits": "<p>Travel allowance, phone allowance, social insurance and housing fund.</p>",
        },
        "regional-sales-manager": {
            "title": "Regional Sales Manager",
            "department": "Sales Centre",
            "location": "Changsha",
            "duties": "<ul><li>Developing agents and key accounts in Changsha, Chengdu, Zhengzhou, Guangzhou and other regions.</li></ul>",
            "requirements": "<ul><li>At least two years of construction machinery sales experience; an existing customer base is a plus.</li></ul>",
            "benefits": "<p>Base salary plus commission, car allowance.</p>",
        },
        "summer-intern-2026": {
            "title": "Summer Intern (Mechanical)",
            "department": "Technology Centre",
            "location": "Hengyang",
            "duties": "<ul><li>Taking part in product design and workshop rotations under a mentor’s guidance.</li></ul>",
            "requirements": "<ul><li>Undergraduate student of a mechanical subject.</li></ul>",
            "benefits": "<p>Internship allowance, free accommodation.</p>",
        },
        "quality-inspector": {
            "title": "Quality Inspector",
            "department": "Quality Department",
            "location": "Hengyang",
            "duties": "<ul><li>Inspecting dimensions, welds and paint of structures and finished products.</li></ul>",
            "requirements": "<ul><li>Able to use common measuring tools; weld inspection experience is a plus.</li></ul>",
            "benefits": "<p>Social insurance and housing fund.</p>",
        },
    },
    "careers.Question": {
        "应聘流程是怎样的？": {
            "question": "What does the application process look like?",
            "answer": "<p>After you apply online, the HR department screens applications within 5 working days and calls you to arrange an interview. The usual steps are: résumé screening, first interview (HR), second interview (the hiring department; for technical jobs with a written or practical test), offer, pre-employment health check and first day at work.</p>",
        },
        "应届毕业生可以应聘吗？": {
            "question": "Can new graduates apply?",
            "answer": "<p>Yes. Every year we hire new graduates in mechanical engineering, materials, welding, hydraulics, international trade and related subjects, with a mentor and job rotations.</p>",
        },
        "公司提供住宿吗？": {
            "question": "Does the company provide accommodation?",
            "answer": "<p>Yes. There are staff dormitories on the site with air conditioning, hot water and internet, free of charge; the company canteen provides meals.</p>",
        },
        "试用期有多长？": {
            "question": "How long is the probation period?",
            "answer": "<p>It depends on the job and the length of the contract, usually 1–3 months. Pay during probation is at least 80% of the regular salary, and social insurance is paid as the law requires.</p>",
        },
        "售后和销售岗位出差多吗？": {
            "question": "Do after-sales and sales jobs involve much travel?",
            "answer": "<p>After-sales service engineers and regional sales managers travel often; the company reimburses travel expenses under its rules and pays a travel allowance. Other jobs involve little travel.</p>",
        },
        "如何查询应聘进度？": {
            "question": "How can I check the progress of my application?",
            "answer": '<p>On the <a href="/careers/status/">Application Status</a> page, enter your application number and the mobile number you gave. There you can also withdraw your application at any time; once withdrawn, your details and résumé are deleted immediately.</p>',
        },
    },
    "careers.PrivacyNotice": {
        "2026-11": {
            "body": """
<h2>What we collect</h2>
<p>The name, gender (optional), mobile number, email address (optional), education, years of experience, desired position and city and the cover note you enter in the online application form, and the résumé file you upload.</p>
<h2>Why we collect it</h2>
<p>Only to assess whether you suit an opening at Kede Group and to contact you to arrange interviews. We do not use this information for any other purpose.</p>
<h2>Who can see it</h2>
<p>Only HR staff can view your application and download your résumé, and every download is logged. We do not give your personal information to any third party.</p>
<h2>How it is stored</h2>
<p>Résumé files are kept in a storage area that is not public, under random file names, and can only be downloaded by authorised staff after a permission check.</p>
""",
        },
    },
}
