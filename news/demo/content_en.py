# ruff: noqa: E501 -- long lines of prose and HTML
"""English texts of the news's demo content (see news/demo/content.py): model label → lookup → fields."""

ENGLISH = {
    "news.NewsCategory": {
        "company": {
            "name": "Company News",
            "summary": "Kede Group’s product launches, trade shows, project deliveries and company events.",
        },
        "industry": {
            "name": "Industry News",
            "summary": "Market, policy and technology news from the construction machinery and excavator attachment industry.",
        },
        "technical": {
            "name": "Technical Documents",
            "summary": "Product manuals, installation instructions, operation and maintenance guides, to read online or download.",
        },
    },
    "news.Article": {
        # Company news ------------------------------------------------------------------------------
        "bauma-china-2024": {
            "title": "Kede Group at bauma CHINA 2024: new generation of silenced breakers launched",
            "summary": "From 26 to 29 November Kede Group showed its nine attachment lines at the 12th bauma CHINA in Shanghai, launching the new KDB series of silenced breakers on the opening day.",
            "body": """
<p>On 26 November 2024 the 12th China International Trade Fair for Construction Machinery, Building Material Machines, Mining Machines and Construction Vehicles (bauma CHINA 2024) opened at the Shanghai New International Expo Centre. On a stand of about 300 square metres in hall E5, Kede Group showed more than twenty products from its nine lines, including long-reach booms and arms, breakers, vibro hammers, hydraulic shears and quick couplers.</p>
<h2>New generation of silenced breakers</h2>
<p>On the opening day Kede launched the KDB series, a new generation of triangular silenced breakers. A fully enclosed damped housing and double polyurethane buffers make them about 8 decibels quieter than the previous generation, suiting urban demolition and night work; a revised piston-to-cylinder length ratio raises single-blow energy by about 12%.</p>
<ul>
<li>Carrier weight: 18–45 t;</li>
<li>Blow frequency: 350–650 blows per minute;</li>
<li>Nitrogen chamber and accumulator in one unit, extending the service interval to 500 hours.</li>
</ul>
<h2>Talks with overseas customers</h2>
<p>During the fair, dealers from Southeast Asia, the Middle East and South America met on the stand to discuss cooperation, and some signed letters of intent for vibro hammers and long-reach arms on the spot. Kede’s head of international business said that in 2025 the company will expand its overseas service outlets and parts warehouses to shorten delivery and repair times for overseas customers.</p>
""",
        },
        "new-plant-phase-three": {
            "title": "Work starts on phase three of Kede’s new plant, raising hydraulic attachment capacity by 40%",
            "summary": "On 18 August work began on phase three of Kede Group’s new plant in the Baishazhou Industrial Park, Hengyang, which will add two robotic welding lines and a hydraulic attachment assembly hall.",
            "body": """
<p>On the morning of 18 August Kede Group held the groundbreaking ceremony for phase three of its new plant in the Baishazhou Industrial Park, Hengyang. Phase three covers about 26,000 square metres of land and will house a hydraulic attachment assembly hall, a robotic welding hall and a product test centre; it is expected to come into use at the end of 2025.</p>
<p>Once it is complete, the company will have two more robotic welding lines and a dedicated assembly line for breakers and vibro hammers. Annual hydraulic attachment capacity is expected to rise by 40%, and lead times for large long-reach arms should fall from 25 days today to about 18.</p>
<h2>A test centre to guarantee quality</h2>
<p>The new test centre will have two breaker impact test rigs and a vibro hammer exciting force test rig that can simulate continuous operation. At the ceremony the chairman said: “As capacity grows, our quality standards must not drop. Every hydraulic attachment is performance-tested on the bench before it leaves the plant — that is Kede’s promise to customers.”</p>
""",
        },
        "long-reach-arm-yangtze-dredging": {
            "title": "20-metre long-reach arms help dredge a Yangtze tributary: 40 sets delivered on time",
            "summary": "Kede supplied 40 sets of 20-metre long-reach arms to a river improvement project on a Yangtze tributary in Hunan, which finished its first dredging phase 12 days early.",
            "body": """
<p>In March this year a comprehensive improvement project on a Yangtze tributary in Hunan reached the peak of its dredging work. The contractor chose Kede KD-20L long-reach arms on 30-tonne excavators, and all 40 sets were delivered to the site in three batches.</p>
<p>River dredging needs long-reach arms that reach far and stay structurally sound while working for long periods under water and loaded with silt. Kede’s engineers checked the stick section and the counterweight against the silt density and working radius on site, and every arm had its welds ultrasonically tested before shipping.</p>
<p>The project manager reported that after three months of continuous work there had been no structural failures, and the first dredging phase was finished 12 days ahead of plan. Kede’s after-sales team was stationed on site and inspected pins, cylinders and hoses every week.</p>
""",
        },
        "iso-45001-certification": {
            "title": "Kede certified to ISO 45001 for occupational health and safety management",
            "summary": "After an on-site audit by a certification body, Kede Group has been certified to ISO 45001:2018 for occupational health and safety management.",
            "body": """
<p>After a three-day on-site audit by a third-party certification body, Kede Group has been certified to ISO 45001:2018 for occupational health and safety management. The company now has quality, environmental and occupational health and safety management systems in place.</p>
<p>The auditors went through the cutting, welding, machining, heat treatment and paint workshops, checking hazard identification, personal protection, emergency drills and the management of contractors and visitors, and found Kede’s safety rules complete and well applied on the shop floor.</p>
<p>The company’s management said certification is not the finish line. Next, the company will continue to centralise the extraction of welding fumes and reduce workshop noise, so that employees work in a safer and more comfortable environment.</p>
""",
        },
        "specialized-sme-hunan": {
            "title": "Kede Group named a Specialized and Sophisticated SME of Hunan Province",
            "summary": "Kede Group is on the 2023 list of Specialized and Sophisticated SMEs published by the Hunan Provincial Department of Industry and Information Technology.",
            "body": """
<p>In December the Hunan Provincial Department of Industry and Information Technology published its 2023 list of Specialized and Sophisticated SMEs, and Hengyang Kede Construction Machinery Manufacturing Co., Ltd. is among them.</p>
<p>“Specialized and Sophisticated” describes small and medium-sized enterprises that are specialised, refined, distinctive and innovative. Kede has worked in excavator attachments for almost twenty years, holds more than thirty utility model and invention patents, and its long-reach arms, vibro hammers and hydraulic shears hold a large share of their market segments in China.</p>
<p>The title recognises Kede’s long focus on its core business and its steady investment in technology. The company will take it as a new starting point, developing more core hydraulic components itself and moving its products further up-market and towards smart functions.</p>
""",
        },
        "indonesia-service-center": {
            "title": "Kede opens its Indonesia service centre in Jakarta",
            "summary": "Kede’s first overseas service centre has opened in Jakarta, Indonesia, supplying parts and repairs to customers in Southeast Asia.",
            "body": """
<p>On 9 October Kede Group’s Indonesia service centre opened in Jakarta. Kede’s first service centre abroad covers about 800 square metres, with a parts warehouse, a repair workshop and a training room.</p>
<p>In recent years the number of Kede breakers, long-reach arms and log grapples at work in Indonesian mines, plantations and infrastructure projects has grown quickly. With the centre open, common parts can ship locally within 48 hours, and breaker overhauls no longer have to go back to the factory in China.</p>
<p>The centre also trains dealers’ technicians; more than twenty service engineers from Sumatra, Kalimantan and elsewhere attended the first course.</p>
""",
        },
        "vibro-hammer-solar-project": {
            "title": "Vibro hammers go to work in volume on solar plant piling",
            "summary": "Kede KV series vibro hammers have driven more than 100,000 solar piles on a 200 MW solar plant in Northwest China.",
            "body": """
<p>On a 200-megawatt solar plant in Northwest China, the contractor chose 16 Kede KV-350 vibro hammers on 20-tonne excavators to drive the mounting-structure piles. By mid-July the project had driven more than 100,000 piles.</p>
<p>Solar piling must be accurately positioned, plumb and fast. The KV series rotates through 360 degrees and tilts ±30 degrees sideways, so the operator can position and straighten each pile from the cab; high-frequency vibration keeps the time per pile under one minute.</p>
<p>For the wind-blown sand and large day–night temperature swings of the Gobi, Kede fitted the project’s vibro hammers with dust covers and switched to a wide-temperature gear oil.</p>
""",
        },
        "annual-dealer-conference-2024": {
            "title": "Kede 2024 dealer conference held in Hengyang",
            "summary": "More than 120 dealer representatives from across China and abroad met in Hengyang to review the 2023 market and plan for the new year.",
            "body": """
<p>On 11 and 12 January, Kede Group held its 2024 dealer conference in Hengyang, attended by more than 120 dealer representatives from provinces across China, Southeast Asia and the Middle East.</p>
<p>The sales centre reported on the 2023 market: the company sold more than 8,000 attachments over the year, vibro hammer sales were up 35% and hydraulic shear sales up 28% year on year, and exports rose to 22% of sales.</p>
<p>The conference honoured the dealers of the year and service stars, and presented the 2024 product plan and a programme to strengthen dealers’ service capability. Delegates toured the production workshops and the hydraulic test centre and tried out the new quick coupler for themselves.</p>
""",
        },
        "quick-coupler-safety-upgrade": {
            "title": "Double safety lock now on every quick coupler",
            "summary": "Since May, every Kede hydraulic quick coupler comes with a mechanical and hydraulic double safety lock, so the attachment stays on even if the hose loses pressure.",
            "body": """
<p>A quick coupler lets the operator change buckets, breakers and other attachments from the cab in seconds — but if the locking mechanism fails, a falling attachment can cause a serious accident. The Kede Technology Centre has therefore upgraded the safety of its entire hydraulic quick coupler range.</p>
<h2>What has changed</h2>
<ul>
<li>A mechanical safety lock on the front hook holds the front pin even if the cylinder loses pressure;</li>
<li>A hydraulic lock valve on the cylinder keeps the piston rod extended if a hose bursts;</li>
<li>A light and buzzer in the cab keep warning while the coupler is unlocked.</li>
</ul>
<p>The upgraded quick couplers have passed type testing by a third-party test institute. Owners of quick couplers sold before May 2023 can contact their local dealer to have the mechanical safety lock fitted free of charge.</p>
""",
        },
        "technical-training-camp": {
            "title": "First “Kede Service Engineer Training Camp” completed",
            "summary": "The three-week service engineer training camp has ended, with 32 service engineers from dealers and the company passing the assessment.",
            "body": """
<p>On 28 September the first “Kede Service Engineer Training Camp” ended in Hengyang. Over three weeks, engineers from the repair centre and the technology centre taught hydraulic basics, stripping and assembling breakers and vibro hammers, fault diagnosis and customer communication.</p>
<p>The camp kept talk short and practice long: each trainee fully stripped and rebuilt two breakers, changed the oil on a vibro hammer and was assessed on troubleshooting on the test bench.</p>
<p>In the end all 32 trainees passed the theory and practical assessments and received Kede certified service engineer certificates. The company plans to hold two camps a year until every sales outlet has a certified service engineer.</p>
""",
        },
        "hydraulic-shear-demolition-project": {
            "title": "Hydraulic shears demolish old factory buildings, with concrete and rebar recycled separately",
            "summary": "On an old industrial district redevelopment in Changsha, Kede hydraulic shears and demolition grabs worked together to separate concrete and rebar on site for recycling.",
            "body": """
<p>A redevelopment of an old industrial district in Changsha required the demolition of reinforced-concrete factory buildings built in the 1980s. The contractor crushed them with Kede KS series hydraulic shears and then sorted rebar and concrete with demolition grabs.</p>
<p>Compared with demolition by breaker, hydraulic shears make less noise and dust and send less vibration into neighbouring buildings, which makes them especially suitable next to homes. The cut rebar was baled on site and taken away, and the concrete was crushed for use as recycled aggregate: more than 90% of the demolition waste was reused.</p>
""",
        },
        "spring-festival-service-2025": {
            "title": "After-sales service during the 2025 Spring Festival",
            "summary": "The Kede service hotline stays open over the Spring Festival and service outlets have engineers on duty, keeping customers’ equipment running.",
            "body": """
<p>Dear customers,</p>
<p>With the 2025 Spring Festival approaching, Kede Group has made these after-sales arrangements to keep your equipment running over the holiday:</p>
<ul>
<li><strong>Service hotline</strong>: 400-0734-868 answers 24 hours a day and stays open throughout the Spring Festival;</li>
<li><strong>Parts shipping</strong>: from 26 January to 4 February, common parts ship from the Hengyang central warehouse with staff on duty; delivery may take longer;</li>
<li><strong>Site visits</strong>: service outlets have engineers on duty, and urgent breakdowns come first.</li>
</ul>
<p>Thank you for your continued trust and support. We wish you a happy and prosperous New Year!</p>
""",
        },
        # Industry news -----------------------------------------------------------------------------
        "excavator-sales-october-2024": {
            "title": "Excavator sales up year on year in October as the domestic market recovers",
            "summary": "According to the industry association, the main manufacturers sold about 17,000 excavators in October, with growth both in China and in exports.",
            "body": """
<p>According to the China Construction Machinery Association’s figures for the main excavator manufacturers, about 17,000 excavators were sold in October 2024, up about 15% year on year. Domestic sales grew about 20% and exports about 10%.</p>
<p>Industry observers attribute the gradual recovery of domestic demand to faster issuance of local government special bonds and the start of water conservancy and urban renewal projects; demand for mini excavators in rural construction and municipal works is especially strong.</p>
<p>More excavators in use and more working hours also drive replacement demand for breakers, quick couplers and other attachments. Attachment makers should prepare capacity and parts stocks early to make the most of the peak season.</p>
""",
        },
        "non-road-emission-stage-iv": {
            "title": "One year of China IV emission standards for non-road mobile machinery",
            "summary": "A year after the non-road China IV standard took effect, what has changed in excavators, and what does it mean for choosing attachments?",
            "body": """
<p>Since 1 December 2022 all non-road mobile machinery below 560 kW has had to meet the fourth-stage emission standard (commonly called “non-road China IV”). A year on, the main excavator brands have completed the switch.</p>
<h2>Changes to the machines</h2>
<p>China IV models generally have after-treatment such as a DPF, and the matching of rated engine power and hydraulic system has been adjusted. To save fuel, some models limit the flow of the auxiliary hydraulic circuit in economy mode.</p>
<h2>What it means for choosing attachments</h2>
<p>When choosing a breaker, hydraulic shear or other hydraulic attachment for a new machine, users should go by the machine’s actual auxiliary flow and pressure, and if necessary have the attachment maker and the excavator dealer adjust the auxiliary circuit together, so the attachment is not short of power and the hydraulic system does not overheat.</p>
""",
        },
        "urban-renewal-demolition-demand": {
            "title": "Urban renewal speeds up, and demand for demolition attachments keeps growing",
            "summary": "With the renovation of old housing estates and urban villages, demand for hydraulic shears, demolition grabs and other demolition attachments is growing fast.",
            "body": """
<p>In recent years cities have pressed ahead with renovating old housing estates and urban villages and redeveloping old industrial areas, and the volume of demolition work has risen markedly. At the same time, urban construction faces stricter requirements on noise, dust and the recycling of demolition waste.</p>
<p>Against this background, demand for hydraulic shears, demolition grabs, multi-purpose demolition shears and similar attachments is growing fast. Compared with demolition by breaker, hydraulic shears cut instead of hammering, with less noise and vibration; demolition grabs sort material on site, making it easy to recycle rebar and concrete separately.</p>
<p>The industry expects demolition attachments to keep growing by double digits in the next few years, with light weight, rotation and fast changing as the main areas of competition.</p>
""",
        },
        "attachment-export-growth": {
            "title": "Exports of Chinese excavator attachments keep growing, led by Southeast Asia and the Middle East",
            "summary": "As exports of Chinese excavators rise, Chinese attachments are gaining recognition in markets abroad.",
            "body": """
<p>In recent years exports of Chinese excavators have kept growing, taking Chinese breakers, buckets, quick couplers and other attachments abroad with them. Mining and infrastructure in Southeast Asia and large projects in the Middle East are the main export markets for Chinese attachments.</p>
<p>Overseas customers are shifting their attention from price to reliability and service. Whether parts and repairs are available locally has become an important factor when dealers choose an attachment brand.</p>
<p>For attachment makers, the keys to the next stage of going abroad are building overseas service outlets, producing technical documents in several languages and obtaining certification for target markets.</p>
""",
        },
        "smart-construction-attachments": {
            "title": "How will excavator attachments change in the age of smart machines?",
            "summary": "From attachment recognition and hour counting to remote fault warnings, smart technology is changing how attachments are used and managed.",
            "body": """
<p>Smart features on excavators are already common: remote location, fuel statistics and fault alarms are almost standard. Smart attachments, by comparison, are only just starting, but their potential is large.</p>
<ul>
<li><strong>Attachment recognition</strong>: the quick coupler recognises the attachment connected and the machine switches to the matching flow and pressure automatically;</li>
<li><strong>Hour counting</strong>: sensors in the breaker record actual striking time and prompt maintenance according to working conditions;</li>
<li><strong>Remote warnings</strong>: oil temperature, nitrogen pressure and other parameters are monitored, prompting the user to service the attachment before a fault occurs.</li>
</ul>
<p>The Kede Technology Centre is researching breaker condition monitoring, and the first test prototypes are being tried in partner customers’ mines.</p>
""",
        },
        "steel-price-and-attachments": {
            "title": "How wear-plate price swings affect attachment costs",
            "summary": "Steel is a large share of the cost of structural attachments such as buckets and long-reach arms, so steel price swings feed straight into product prices.",
            "body": """
<p>For structural attachments such as buckets, long-reach arms and rippers, steel usually accounts for more than 50% of the total product cost, and price swings in high-strength and wear-resistant plate affect cost the most.</p>
<p>To smooth out steel price swings, Kede has signed annual framework agreements with its main steel mills and reduces material losses through better nesting and use of offcuts. The technology centre is also pursuing lighter structural designs that use less steel without giving up strength.</p>
<p>For users, price alone is a poor guide when buying a bucket; look at the plate grade, thickness and welding process, which are what decide service life.</p>
""",
        },
        "mining-safety-regulation": {
            "title": "Revised open-pit mine safety rules tighten requirements for secondary breaking",
            "summary": "The revised open-pit mine safety rules set clearer requirements for secondary breaking of oversize rock, and mechanical breaking with breakers will further replace blasting.",
            "body": """
<p>Oversize rock left after blasting in open-pit mines has traditionally been dealt with by secondary blasting, with risks such as flying rock and safety distances that are hard to control. With the revision of the mine safety rules, more and more mines are switching to mechanical secondary breaking with hydraulic breakers.</p>
<p>Mechanical breaking needs no explosives, the work is controllable, and other faces can keep producing normally. Large mines usually choose heavy breakers for excavators above 30 tonnes, with special protective plates for longer life.</p>
""",
        },
        "rental-market-attachments": {
            "title": "As equipment rental grows, rental companies favour multi-purpose attachments",
            "summary": "Rental companies want one excavator to handle more kinds of work, so more and more machines are fitted with quick couplers and multi-purpose attachments.",
            "body": """
<p>As the construction machinery rental market grows, rental companies pay more and more attention to utilisation. An excavator that can quickly switch between buckets, breakers, rippers, log grapples and other attachments can take on more kinds of jobs.</p>
<p>The quick coupler has therefore become standard on rental machines, and rental companies prefer attachments with common interfaces and simple maintenance. Attachment makers can work with rental companies on packaged attachment rental and central maintenance.</p>
""",
        },
        "forestry-grapple-market": {
            "title": "Mechanisation speeds up in southern forests, and demand for log grapples grows",
            "summary": "Harvesting and transport of timber from plantation forests in southern China are increasingly mechanised, and excavators fitted with log grapples have become the main choice.",
            "body": """
<p>In the forests of Guangxi, Guangdong, Fujian and other southern provinces, harvesting and loading of eucalyptus, Chinese fir and other plantation timber is moving from manual labour to machines. An excavator with a log grapple can pile, load and unload, several times faster than manual work.</p>
<p>Forest work is demanding: log grapples need 360-degree rotation, a firm grip and resistance to impact. Similar attachments are also widely used to handle sugar cane and bamboo.</p>
""",
        },
        # Technical documents -----------------------------------------------------------------------
        "breaker-daily-maintenance": {
            "title": "Daily maintenance guide for hydraulic breakers",
            "summary": "Correct daily maintenance can double a breaker’s life. This article covers the points to check every shift, week and month, with a PDF maintenance manual to download.",
            "body": """
<p>A hydraulic breaker works under heavy impact and load, and how well it is maintained decides its service life and failure rate. These are the key points compiled by the Kede Repair Centre.</p>
<h2>Every shift (every 8 hours)</h2>
<ul>
<li>Grease the chisel as specified: press the chisel vertically onto rock so it is pushed fully in before greasing, and top up every two hours;</li>
<li>Check hose connections and bolts for looseness, especially the through bolts and side plate bolts;</li>
<li>Check the chisel and bushings for wear and replace them promptly if wear is abnormal.</li>
</ul>
<h2>Every week</h2>
<ul>
<li>Check the nitrogen pressure and recharge to the value on the nameplate if it is low;</li>
<li>Check the clearance between the front bushing and the chisel and replace the bushing when it exceeds the limit.</li>
</ul>
<h2>Every month or every 500 hours</h2>
<ul>
<li>Change the hydraulic oil filter and check the colour and cleanliness of the hydraulic oil;</li>
<li>Check the piston’s striking face and the chisel end for chipping.</li>
</ul>
<p>Detailed maintenance steps and a log sheet are in the attachments below.</p>
""",
        },
        "breaker-nitrogen-charging": {
            "title": "Charging a breaker with nitrogen: steps and precautions",
            "summary": "Low nitrogen pressure is a common reason for a weak breaker. This article covers the charging tools, the steps and the safety precautions.",
            "body": """
<p>A breaker’s nitrogen chamber (or accumulator) stores energy, and the nitrogen pressure directly affects the striking force. Too low, and the blows are weak; too high, and the breaker may not start.</p>
<h2>Preparation</h2>
<ul>
<li>A special charging kit (with pressure gauge) and an industrial nitrogen cylinder (purity 99.9% or higher);</li>
<li>Lay the breaker flat and let it cool to ambient temperature before measuring, so that a hot reading does not come out too high.</li>
</ul>
<h2>Charging steps</h2>
<ol>
<li>Remove the protective plug from the charging valve, fit the charging kit and close the bleed valve;</li>
<li>Slowly open the nitrogen cylinder valve and, watching the gauge, charge to the pressure on the nameplate;</li>
<li>Close the cylinder valve, read the pressure once it settles, and fine-tune with the bleed valve if it is too high;</li>
<li>Remove the kit, check the charging valve for leaks with soapy water and refit the protective plug.</li>
</ol>
<p><strong>Warning:</strong> never use oxygen, compressed air or any other gas — it can cause an explosion.</p>
""",
        },
        "vibro-hammer-oil-change": {
            "title": "How to change the gear oil in a vibro hammer",
            "summary": "The gear oil in a vibro hammer’s exciter box must be changed regularly: first at 50 hours on a new machine, then every 500 hours.",
            "body": """
<p>Inside a vibro hammer’s exciter box, eccentric weights and bearings spin at high speed, and the gear oil lubricates and cools them. Aged oil or a low oil level can overheat the bearings or even burn them out.</p>
<h2>Oil change intervals</h2>
<ul>
<li>New machine: first oil change after 50 working hours;</li>
<li>After that: every 500 hours or every 6 months, whichever comes first;</li>
<li>Shorten the interval for high temperatures or continuous work.</li>
</ul>
<h2>Changing the oil</h2>
<ol>
<li>Drain the oil while it is still warm after work, so that impurities drain out more easily;</li>
<li>Remove the drain plug and check the magnetic plug for metal particles;</li>
<li>Fill with the specified gear oil up to the middle of the sight glass;</li>
<li>Run without load for 5 minutes and check the oil level again.</li>
</ol>
<p>If the drained oil contains noticeably more metal particles, the bearings or gears may be worn; please contact a Kede service outlet for an inspection.</p>
""",
        },
        "quick-coupler-installation": {
            "title": "Installation instructions for hydraulic quick couplers",
            "summary": "Installing a quick coupler involves pin fits, hydraulic hoses and cab controls; this article covers the installation procedure and commissioning checks.",
            "body": """
<p>Before installing a quick coupler, check the excavator model, the stick pin diameter and the pin spacing, and make sure they match the quick coupler’s specification.</p>
<h2>Installation procedure</h2>
<ol>
<li>Remove the existing bucket and clean the end of the stick and the link pin bores;</li>
<li>Connect the quick coupler to the stick and the link with the machine’s original pins and fit the locking bolts;</li>
<li>Take a control line from the pilot circuit or a dedicated solenoid valve and connect it to the quick coupler cylinder;</li>
<li>Install the control switch and the light and buzzer alarm in the cab.</li>
</ol>
<h2>Commissioning checks</h2>
<ul>
<li>Lock and unlock repeatedly to confirm the cylinder completes its stroke without sticking;</li>
<li>With an attachment coupled, lift it off the ground and swing it to confirm it is securely locked;</li>
<li>Check that the alarm sounds correctly when the safety lock is released.</li>
</ul>
""",
        },
        "bucket-selection-guide": {
            "title": "Choosing an excavator bucket: standard, heavy-duty or rock bucket?",
            "summary": "Choosing the bucket by the hardness of the material and the way you work balances efficiency and service life.",
            "body": """
<p>The bucket is the excavator’s most used attachment. Choose the wrong one and it either works slowly or wears out fast. Here is our advice for common conditions.</p>
<table>
<thead><tr><th scope="col">Bucket type</th><th scope="col">Material</th><th scope="col">Features</th></tr></thead>
<tbody>
<tr><td>Standard bucket</td><td>Ordinary clay, sandy soil, sand and gravel</td><td>Large capacity, high output, light weight</td></tr>
<tr><td>Heavy-duty bucket</td><td>Harder soil, crushed stone, soft rock</td><td>Thicker plate at key points for better wear resistance</td></tr>
<tr><td>Rock bucket</td><td>Hard rock, ore, blasted rock</td><td>Wear-resistant plate, with guards and teeth</td></tr>
<tr><td>Dredging bucket</td><td>River silt, soft soil</td><td>Wide, without teeth, with drain holes in the bottom</td></tr>
</tbody>
</table>
<p>Also note: the weight of the bucket plus a full load must not exceed the machine’s rated lifting capacity, and for frequent truck loading the bucket width should suit the width of the truck body.</p>
""",
        },
        "long-reach-arm-operation": {
            "title": "Safe operation of long-reach arms",
            "summary": "With a long-reach arm the working radius is large and the centre of gravity far out, so careless operation can tip the machine over. This article sums up the safety rules.",
            "body": """
<p>A long-reach arm lets an excavator reach further and dig deeper, but as the working radius grows the machine becomes much less stable. Operators must follow these rules.</p>
<ul>
<li>Use only the small-capacity bucket supplied with the long-reach arm; never fit a larger bucket or a breaker;</li>
<li>Keep the tracks at right angles to the digging direction, with the machine standing on firm, level ground;</li>
<li>Avoid wide, fast slewing with a full bucket, and pull the stick in somewhat before slewing;</li>
<li>Never use the long-reach arm for tamping, dragging or lifting loads;</li>
<li>Check the lubrication of every pin and the welds of the structure daily, and stop the machine at once if you find a crack.</li>
</ul>
""",
        },
        "hydraulic-shear-blade-replacement": {
            "title": "Checking and replacing hydraulic shear blades",
            "summary": "Too wide a blade gap makes the shear weak and lets rebar jam the blades. This article explains how to check, turn and replace the blades.",
            "body": """
<p>The blades of a hydraulic shear are wear parts. As they wear, the cutting gap widens, and rebar tends to jam between the blades or be torn rather than cut.</p>
<h2>Checking</h2>
<p>Check the blade gap every 50 working hours by measuring the distance between the upper and lower blades with a feeler gauge; if it exceeds the value in the manual, adjust the shims or replace the blades.</p>
<h2>Turning and replacing</h2>
<p>Kede hydraulic shear blades have four cutting edges: when one edge is worn the blade can be turned, and only when all four are worn is it replaced. When replacing, tighten the blade bolts to the torque specified by the factory, and tighten them again after 2 hours of work.</p>
""",
        },
        "hydraulic-oil-contamination": {
            "title": "How contaminated hydraulic oil damages attachments, and how to prevent it",
            "summary": "Repair centre figures show about 70% of hydraulic attachment failures are linked to contaminated oil. Keeping the oil clean cuts failures sharply.",
            "body": """
<p>Analysing the breakers and vibro hammers returned for repair over the past three years, the Kede Repair Centre found that about 70% of hydraulic failures were linked to contaminated oil — particles, water and aged oil.</p>
<h2>Common damage</h2>
<ul>
<li>Particles score pistons and cylinders, causing internal leakage and weak blows;</li>
<li>Water emulsifies the oil, reducing lubrication and ageing seals faster;</li>
<li>Overheated oil oxidises and changes viscosity, affecting the machine’s whole hydraulic system.</li>
</ul>
<h2>Prevention</h2>
<ul>
<li>Cap hose connectors at once when fitting or removing attachments, to keep dust out;</li>
<li>On machines that run a breaker, halve the usual change intervals for hydraulic oil and filters;</li>
<li>Take oil samples regularly to test cleanliness.</li>
</ul>
""",
        },
        "ripper-usage-tips": {
            "title": "Using a ripper correctly",
            "summary": "Rippers loosen frozen ground, hard soil and weathered rock; the right entry angle and technique make them much more effective.",
            "body": """
<p>A ripper is simple, but how it is used makes a big difference to its output and life.</p>
<ul>
<li>Enter the ground with the tip at about 45 degrees, and pull with the stick rather than with the weight of the machine;</li>
<li>Work along the cracks in the rock to get twice the result with half the effort;</li>
<li>Do not force or pry against very hard rock, or you may damage the stick and pins;</li>
<li>Replace worn tips in time, before the wear reaches the tooth holder.</li>
</ul>
""",
        },
        "breaker-troubleshooting": {
            "title": "Common breaker faults and how to fix them",
            "summary": "No blows, weak blows, low frequency, oil leaks… this article lists common breaker faults, their causes and fixes.",
            "body": """
<table>
<thead><tr><th scope="col">Fault</th><th scope="col">Possible causes</th><th scope="col">Remedy</th></tr></thead>
<tbody>
<tr><td>No blows</td><td>Nitrogen pressure too high; stop valve not open; control valve sticking</td><td>Check and adjust nitrogen pressure; open the stop valve; clean the control valve</td></tr>
<tr><td>Weak blows</td><td>Too little nitrogen; insufficient flow or pressure; heavy internal leakage</td><td>Top up nitrogen; test the machine’s auxiliary circuit; return for repair</td></tr>
<tr><td>Low frequency</td><td>Insufficient flow; hydraulic oil too hot</td><td>Check the machine’s flow; check the oil cooler</td></tr>
<tr><td>Oil leak at the front</td><td>Aged or damaged seals</td><td>Replace the seals and check the piston and cylinder</td></tr>
</tbody>
</table>
<p>If you cannot fix the fault yourself, call the service hotline 400-0734-868 or contact your nearest Kede service outlet.</p>
""",
        },
        "grapple-rotation-maintenance": {
            "title": "Maintaining the rotation unit of a log grapple",
            "summary": "The rotation motor and slewing ring are the heart of a log grapple; regular greasing and checks prevent weak rotation and noise.",
            "body": """
<p>A log grapple rotates through 360 degrees thanks to its rotation motor and slewing ring. These are the maintenance points for both:</p>
<ul>
<li>Every 50 working hours, grease the slewing ring through the grease nipples while rotating it slowly;</li>
<li>Check the slewing ring mounting bolts for looseness and retighten them to the specified torque;</li>
<li>If rotation becomes noisy or jerky, stop at once and inspect, to avoid damaging the gear ring;</li>
<li>Check the central rotary joint for oil leaks and replace its seals if it leaks.</li>
</ul>
""",
        },
        # Scheduled and draft -----------------------------------------------------------------------
        "bauma-munich-preview": {
            "title": "Coming up: Kede Group at the next bauma in Munich",
            "summary": "Kede will show its new generation of hydraulic attachments at the next bauma in Munich, Germany, and welcomes visitors from abroad.",
            "body": """
<p>Kede Group will exhibit at the next bauma, the international construction machinery trade fair in Munich, Germany, showing a new generation of breakers, vibro hammers and smart quick couplers. The stand number and details will be announced before the fair; overseas customers and partners are welcome to visit us for talks.</p>
""",
        },
        "draft-new-product-catalog": {
            "title": "Kede General Product Catalogue (draft, under review)",
            "summary": "The new edition of the general catalogue of all Kede products, under editorial review.",
            "body": """
<p>The new edition of the general product catalogue is being compiled, with specifications and matching excavators for every current model in all nine product lines. Once reviewed it will be available here as a PDF download.</p>
""",
        },
    },
}
