# ruff: noqa: E501 -- long lines of prose and HTML
"""English texts of the pages's demo content (see pages/demo/content.py): model label → lookup → fields.

Pages are looked up by their stored ``path``: the chain of slugs, each followed by a slash, without a
leading slash ("about/", "about/culture/"); see ``Page.build_path``.
"""

from .content import HONORS as _CHINESE_HONORS

ENGLISH = {
    "pages.SiteSettings": {
        "site": {
            "company_name": "Hengyang Kede Construction Machinery Manufacturing Co., Ltd.",
            "short_name": "Kede Group",
            "address": "No. 8 Kede Road, Baishazhou Industrial Park, Hengyang, Hunan Province",
            "copyright_line": "© 2026 Hengyang Kede Construction Machinery Manufacturing Co., Ltd. All rights reserved.",
            "meta_description": (
                "Kede Group of Hengyang, Hunan, builds excavator attachments — "
                "long-reach booms and arms, buckets, breakers, vibro hammers, hydraulic shears, log grapples, grabs, "
                "quick couplers and rippers — for 1.5–90 t excavators, with selection advice, custom builds, repairs and parts."
            ),
            "profile_summary": (
                "Founded in 2006, Hengyang Kede Construction Machinery Manufacturing Co., Ltd. (Kede Group) is a "
                "national high-tech enterprise that designs, manufactures, sells and services excavator attachments. "
                "Its plant covers about 80,000 square metres, with robotic welding, large CNC machining, full-body heat "
                "treatment and hydraulic test benches, and turns out more than 8,000 attachments a year. Nine product "
                "lines — long-reach booms and arms, buckets, hydraulic breakers, vibro hammers, hydraulic shears, log "
                "grapples, demolition grabs, quick couplers and rippers — fit mainstream excavators of 1.5–90 t and "
                "are sold across China and in more than 40 countries and regions. Guided by “quality builds the "
                "company, technology makes it strong, service makes it thrive”, Kede delivers reliable attachments "
                "and prompt service."
            ),
        },
    },
    "pages.Page": {
        "about/": {
            "title": "Group Profile",
            "nav_title": "About Kede",
            "summary": "Founded in 2006, Kede Group is a national high-tech enterprise devoted to designing, building and servicing excavator attachments, in nine product lines.",
            "body": """
<h2>Company overview</h2>
<p>Hengyang Kede Construction Machinery Manufacturing Co., Ltd. (“Kede Group”) was founded in 2006 in the Baishazhou Industrial Park of Hengyang, Hunan Province. It is a national high-tech enterprise that researches, designs, manufactures, sells and services excavator attachments. The plant covers about 80,000 square metres and employs more than 360 people, over 60 of them engineers and technicians. With CNC cutting, robotic welding, large gantry boring and milling, full-body heat treatment, shot blasting and painting, and hydraulic test benches, it has a complete chain of production and inspection and builds more than 8,000 attachments a year.</p>
<p>Built up over almost twenty years, Kede’s range now spans nine product lines — long-reach booms and arms, excavator buckets, vibro hammers, hydraulic shears, hydraulic breakers, log grapples, demolition grabs, quick couplers and rippers — for mainstream excavators from 1.5 to 90 tonnes. The attachments work in earthmoving, municipal works, building demolition, mining, piling, river dredging, forestry and scrap recycling. Kede has more than 30 sales and service outlets in China and exports to over 40 countries and regions in Southeast Asia, the Middle East, Africa, South America and Europe.</p>
<h2>Milestones</h2>
<ul>
<li><strong>2006</strong>: The company is founded in Hengyang, starting with excavator buckets and long-reach arms.</li>
<li><strong>2010</strong>: The first robotic welding line is built; rock buckets and hydraulic breakers are launched.</li>
<li><strong>2013</strong>: ISO 9001 quality management certification; the first volume exports go to Southeast Asia.</li>
<li><strong>2016</strong>: Vibro hammers and hydraulic shears go into production; the repair centre opens for attachment repair and remanufacturing.</li>
<li><strong>2019</strong>: Recognised as a national high-tech enterprise; phase two of the new plant comes into use.</li>
<li><strong>2023</strong>: Named a Specialized and Sophisticated SME of Hunan Province; the hydraulic attachment test bench is completed.</li>
</ul>
<h2>Our philosophy</h2>
<p>Kede holds to “quality builds the company, technology makes it strong, service makes it thrive”. A good attachment is more than a solid steel plate: it is the sum of materials, structure, hydraulics and workmanship. We use high-strength and wear-resistant steels, verify key structures by finite element analysis, and test every hydraulic attachment on the bench before it leaves the plant. Service after delivery matters just as much — from selection advice, installation and commissioning to repairs, maintenance and spare parts, Kede stays with customers for the whole life of their equipment.</p>
<h2>Key figures</h2>
<table>
<thead><tr><th scope="col">Item</th><th scope="col">Figure</th></tr></thead>
<tbody>
<tr><td>Founded</td><td>2006</td></tr>
<tr><td>Plant area</td><td>About 80,000 m²</td></tr>
<tr><td>Employees</td><td>More than 360 (over 60 engineers and technicians)</td></tr>
<tr><td>Annual capacity</td><td>More than 8,000 attachments</td></tr>
<tr><td>Excavators served</td><td>1.5–90 t</td></tr>
<tr><td>Sales network</td><td>Over 30 outlets in China; exports to more than 40 countries and regions</td></tr>
</tbody>
</table>
""",
        },
        "about/culture/": {
            "title": "Kede Culture",
            "summary": "Our mission is to let every excavator do more; integrity, pragmatism, innovation and shared success are the principles Kede people share.",
            "body": """
<h2>Mission</h2>
<p>Let every excavator do more. Fitted with the right attachment, an excavator can move on from digging to breaking, piling, demolition, log handling and sorting; Kede’s job is to make that change more reliable, more efficient and more economical.</p>
<h2>Vision</h2>
<p>To be a leading excavator attachment maker in China with a name known worldwide, so that “Kede” is a name job sites trust.</p>
<h2>Core values</h2>
<ul>
<li><strong>Integrity</strong>: We do what we say and describe what our products can do truthfully, without exaggerating or hiding anything.</li>
<li><strong>Pragmatism</strong>: We design from the working conditions and judge results by field data.</li>
<li><strong>Innovation</strong>: We keep improving structures, materials and processes, and invest more than 4% of sales in R&amp;D every year.</li>
<li><strong>Shared success</strong>: We grow together with customers, dealers, suppliers and employees.</li>
</ul>
<h2>Quality policy</h2>
<blockquote><p>Careful design, precise manufacturing, accurate service, continuous improvement.</p></blockquote>
<p>Every operation has clear inspection criteria: cutting dimensions, weld appearance and flaw detection, hole spacing and coaxiality, coating thickness and hydraulic performance are recorded item by item, and a product’s serial number traces back to every operator and every batch of steel.</p>
<h2>Kede people</h2>
<p>Most of our employees come from Hengyang and nearby cities, and many key technicians have been with the company for more than ten years. Every year we hold a welding skills contest, a quality improvement suggestion award, a staff sports meeting and a family open day, and we run a hardship fund for employees in need, so that people can work here with peace of mind and put their heart into the job.</p>
""",
        },
        "about/rd/": {
            "title": "Research and Development",
            "summary": "The Kede Technology Centre has more than 60 engineers and technicians working on wear-resistant structures, hydraulic impact and coupler safety, and holds more than 40 patents.",
            "body": """
<h2>Technology centre</h2>
<p>The Kede Technology Centre was set up in 2012 and recognised as a Hengyang Enterprise Technology Centre in 2015. Its more than 60 engineers and technicians work in five groups: structural design, hydraulic design, process engineering, testing and standardisation. The centre designs in parametric 3D; key structural parts are checked for strength and fatigue life by finite element analysis, and hydraulic attachments go through simulation and bench tests at the prototype stage.</p>
<h2>Main research areas</h2>
<ul>
<li><strong>High-strength wear-resistant structures</strong>: combining Q690 high-strength steel with NM400 and Hardox wear-resistant steel to cut weight and extend service life.</li>
<li><strong>Hydraulic impact systems</strong>: optimising nitrogen cushioning, blank-firing protection and energy-saving control valves in breakers to lower failure rates and fuel use.</li>
<li><strong>Vibration and damping</strong>: matching the eccentric weights of vibro hammers with damping rubber to reduce shocks to the excavator.</li>
<li><strong>Coupler safety</strong>: double locking mechanisms and protection against operating errors, meeting the safety requirements of ISO 13031.</li>
<li><strong>Lightweight long-reach arms</strong>: optimised box sections that keep the machine stable while increasing working radius.</li>
</ul>
<h2>Partnerships and results</h2>
<p>The company works with universities such as the University of South China and Hunan Institute of Technology on joint research projects and internship bases. To date Kede holds more than 40 granted patents, 6 of them invention patents, and has helped draft 2 industry association standards.</p>
<h2>Testing capabilities</h2>
<table>
<thead><tr><th scope="col">Equipment</th><th scope="col">Purpose</th></tr></thead>
<tbody>
<tr><td>Hydraulic attachment test bench</td><td>Flow, pressure, impact frequency and rotation tests</td></tr>
<tr><td>Breaker impact energy tester</td><td>Single-blow energy and blow consistency</td></tr>
<tr><td>Coordinate measuring machine</td><td>Position and coaxiality of key bores</td></tr>
<tr><td>Ultrasonic flaw detector</td><td>Internal quality of main welds</td></tr>
<tr><td>Coating thickness and adhesion testers</td><td>Paint quality inspection</td></tr>
</tbody>
</table>
""",
        },
        "about/production/": {
            "title": "Production",
            "summary": "From CNC cutting and robotic welding to full-body heat treatment, precision machining and hydraulic testing, every Kede attachment is made in our own plant.",
            "body": """
<h2>A complete process chain</h2>
<p>Kede keeps its key operations in house. From steel plate to finished product, an attachment goes through these steps:</p>
<ol>
<li><strong>Cutting</strong>: CNC plasma and laser cutting; bevels on wear plates are cut in one pass.</li>
<li><strong>Forming</strong>: large CNC press brakes and plate rolls form bucket shells and curved plates.</li>
<li><strong>Welding</strong>: robotic welding cells lay the main welds in multiple layers and passes, with preheating before and slow cooling after welding.</li>
<li><strong>Heat treatment</strong>: large structures are stress-relief annealed as a whole to reduce distortion and the risk of cracking.</li>
<li><strong>Machining</strong>: CNC gantry boring and milling machines finish all bores in a single set-up to keep pin bores coaxial.</li>
<li><strong>Surface treatment</strong>: after shot blasting, primer and top coat are applied, with a total coating thickness of at least 80 microns.</li>
<li><strong>Assembly and testing</strong>: hydraulic attachments pass pressure, flow and function tests on the bench before they go into stock.</li>
</ol>
<h2>Main workshops</h2>
<ul>
<li><strong>Fabrication workshop</strong>: cutting, welding and forming of long-reach arms, buckets, rippers and quick couplers.</li>
<li><strong>Machining workshop</strong>: CNC gantry boring and milling machines, horizontal machining centres, CNC lathes and honing machines.</li>
<li><strong>Hydraulic assembly workshop</strong>: assembly and testing of breakers, vibro hammers, hydraulic shears and grapples in a clean, temperature-controlled environment.</li>
<li><strong>Paint shop</strong>: a continuous coating line of shot-blasting room, spray booth and drying oven.</li>
</ul>
<h2>Shop-floor management</h2>
<p>The workshops follow 6S management, and quality is checked three times: by the operator, by a teammate and by a specialist inspector. Every product travels with a routing card; key dimensions and test data go into the quality record, which customers can look up by the product’s serial number.</p>
""",
        },
        "about/factory/": {
            "title": "Our Plant",
            "summary": "Kede’s plant in the Baishazhou Industrial Park, Hengyang, covers about 80,000 square metres, with an R&D and office building, three main production halls, a paint line and the repair centre.",
            "body": """
<h2>The plant</h2>
<p>Kede’s plant lies in the Baishazhou Industrial Park of Hengyang, Hunan Province, close to the Beijing–Hong Kong–Macau Expressway and Hengyang East Railway Station, which makes delivering raw materials and shipping products easy. The site covers about 80,000 square metres with about 46,000 square metres of floor space, laid out in process order — cutting, welding, machining, painting, assembly, shipping — so material routes are short and clear.</p>
<h2>Main buildings</h2>
<table>
<thead><tr><th scope="col">Building</th><th scope="col">Area</th><th scope="col">Use</th></tr></thead>
<tbody>
<tr><td>R&amp;D and office building</td><td>6,000 m²</td><td>Technology centre, sales centre, showroom and training rooms</td></tr>
<tr><td>Production hall 1</td><td>14,000 m²</td><td>Cutting, forming and robotic welding</td></tr>
<tr><td>Production hall 2</td><td>10,000 m²</td><td>Machining and full-body heat treatment</td></tr>
<tr><td>Production hall 3</td><td>8,000 m²</td><td>Assembly and testing of hydraulic attachments</td></tr>
<tr><td>Paint line and finished goods store</td><td>5,000 m²</td><td>Shot blasting, painting, drying, storage and shipping</td></tr>
<tr><td>Repair centre</td><td>3,000 m²</td><td>Inspection, repair and remanufacturing of attachments</td></tr>
</tbody>
</table>
<h2>Visit us</h2>
<p>Customers and partners are welcome to visit the plant. Please book two working days ahead by calling 0734-8888666 or emailing sales@kedegroup.cn; we will have someone look after you and can pick you up at Hengyang East Railway Station or Hengyang Nanyue Airport.</p>
""",
        },
        "about/honors/": {
            "title": "Honors and Certifications",
            "summary": "Kede is certified to ISO 9001 and other management systems, recognised as a national high-tech enterprise and a Specialized and Sophisticated SME of Hunan Province, and holds many patents.",
            "body": """
<p>Over the years Kede has kept to sound management and technical innovation. It is certified to quality, environmental and occupational health and safety management systems, has been recognised as a national high-tech enterprise and a Specialized and Sophisticated SME of Hunan Province; its main products carry CE certification, and it holds more than 40 granted patents. Here are some of the company’s honors and certificates.</p>
""",
        },
        "about/strengths/": {
            "title": "Our Strengths",
            "summary": "Almost twenty years of attachments only: careful materials, a complete process chain, a full range, fast delivery and a service network across China.",
            "body": """
<h2>Six reasons to choose Kede</h2>
<h3>Almost twenty years of attachments</h3>
<p>Since it was founded Kede has done one thing: excavator attachments. Over almost twenty years we have equipped tens of thousands of excavators and gathered a wealth of field data from all kinds of working conditions, and that experience goes straight into every new generation of products.</p>
<h3>Careful choice of materials</h3>
<p>Main structures are made of Q355 and Q690 high-strength steel, wear-prone areas of NM400 and Hardox 450 wear-resistant steel; pins are quenched and tempered 42CrMo with hard chrome plating, and hydraulic components use seals and bearings from well-known Chinese and international brands.</p>
<h3>A complete process chain</h3>
<p>Cutting, welding, heat treatment, machining, painting and hydraulic testing are all done in our own plant. Key operations are never outsourced, so quality stays under control and traceable.</p>
<h3>A full range</h3>
<p>Nine product lines and hundreds of models fit mainstream excavators of 1.5–90 t, so customers can get all the attachments they need from Kede, with one after-sales service.</p>
<h3>Fast delivery, custom builds</h3>
<p>Standard models are kept in safety stock and can ship the same day; custom products are drawn up by the technology centre and usually delivered in 15–25 days. We can design to your excavator model, mounting dimensions and working conditions.</p>
<h3>A service network across China</h3>
<p>More than 30 sales and service outlets across China, a 24/7 service hotline and ample stocks of common spare parts; the Hengyang repair centre inspects, repairs and remanufactures attachments of every brand.</p>
""",
        },
        "products/": {
            "title": "Products",
            "summary": "Nine lines of Kede excavator attachments for mainstream excavators of 1.5–90 t, covering earthmoving, demolition, breaking, piling, forestry and recycling.",
            "body": """
<h2>Nine product lines from one source</h2>
<p>Kede attachments are designed in classes by carrier weight and working conditions, and their mounting dimensions match mainstream excavators from Volvo, Doosan, Kobelco, Hitachi, Komatsu and Caterpillar as well as SANY, XCMG, LiuGong and other brands. Choose a product type below for details, or use the “Product finder” on the page to search for a model by type and subtype.</p>
<table>
<thead><tr><th scope="col">Product line</th><th scope="col">Excavators</th><th scope="col">Main uses</th></tr></thead>
<tbody>
<tr><td><a href="/products/booms-arms/">Booms and arms</a></td><td>12–50 t</td><td>Dredging, deep foundation pits, high-reach demolition, tunnelling</td></tr>
<tr><td><a href="/products/buckets/">Excavator buckets</a></td><td>1.5–90 t</td><td>Earth, rock, loading, dredging and slope trimming</td></tr>
<tr><td><a href="/products/vibro-hammers/">Vibro hammers</a></td><td>18–50 t</td><td>Sheet piles, H-beams, steel pipe piles and solar piles</td></tr>
<tr><td><a href="/products/hydraulic-shears/">Hydraulic shears</a></td><td>6–50 t</td><td>Concrete crushing, steel structure demolition, scrap cutting</td></tr>
<tr><td><a href="/products/breakers/">Hydraulic breakers</a></td><td>1–45 t</td><td>Rock breaking, secondary breaking, road and foundation demolition</td></tr>
<tr><td><a href="/products/log-grapples/">Log grapples</a></td><td>5–50 t</td><td>Handling logs, bamboo, sugar cane and pipes</td></tr>
<tr><td><a href="/products/grabs/">Demolition grabs</a></td><td>6–36 t</td><td>Demolition sorting, scrap and waste sorting, stone placing</td></tr>
<tr><td><a href="/products/quick-couplers/">Quick couplers</a></td><td>1.5–50 t</td><td>Changing attachments quickly from the cab</td></tr>
<tr><td><a href="/products/rippers/">Rippers</a></td><td>6–50 t</td><td>Loosening frozen ground, weathered rock and hard soil</td></tr>
</tbody>
</table>
<h2>Selection and custom builds</h2>
<p>How well an attachment matches its carrier decides its efficiency and life. Tell us your excavator’s brand, model and weight, the material and the working conditions, and our engineers will recommend the right model; for a custom design the technology centre can deliver proposal drawings within 3 working days.</p>
""",
        },
        "applications/": {
            "title": "Applications",
            "summary": "Kede attachments serve municipal works, water conservancy, mining, demolition, piling, forestry and recycling, on many projects in China and abroad.",
            "body": """
<h2>Fields of application</h2>
<p>With the right attachment, one excavator can do many jobs. Kede attachments mainly serve these industries:</p>
<ul>
<li><strong>Municipal works and water conservancy</strong>: river dredging, embankment reinforcement, shoring of utility tunnel pits — usually with long-reach arms, dredging buckets and vibro hammers.</li>
<li><strong>Mining and quarrying</strong>: secondary breaking, extraction and loading — usually with breakers, rock buckets and rippers.</li>
<li><strong>Building demolition</strong>: demolishing high-rises and factory buildings, separating rebar — usually with high-reach demolition booms, hydraulic shears and demolition grabs.</li>
<li><strong>New energy and piling</strong>: pile foundations for solar and wind farms — usually with vibro hammers and quick couplers.</li>
<li><strong>Forestry and ports</strong>: handling logs, sugar cane and pipes — usually with log grapples.</li>
<li><strong>Recycling</strong>: cutting, sorting and loading scrap steel — usually with scrap shears and demolition grabs.</li>
</ul>
<p>“Project cases” shows how Kede attachments perform on real projects, and “Product videos” has product demonstrations and footage from job sites.</p>
""",
        },
        "applications/cases/": {
            "title": "Project Cases",
            "summary": "From river dredging to solar piling, from urban demolition to overseas mines: these projects show how Kede attachments perform in different conditions.",
            "body": """
<h2>Typical projects</h2>
<h3>Comprehensive improvement of a Xiangjiang tributary</h3>
<p>The project had to remove silt from a river about 30 metres wide without entering the channel. The contractor used four 21-tonne excavators fitted with KD-LR18 long-reach arms working from both banks at once, with an 18-metre reach. They dredged about 1,200 cubic metres a day on average and finished 15 days ahead of schedule.</p>
<h3>An agrivoltaic solar plant in Hubei</h3>
<p>The plant needed about 48,000 C-section steel solar piles. Kede supplied the contractor with 12 KD-VH250 vibro hammers; with a side-clamping rotator, each machine picks a pile up from the ground, positions it and drives it alone, averaging about 180 piles a day with pile positions within the design tolerance.</p>
<h3>An old-town redevelopment in South China</h3>
<p>The site was close to homes, with strict limits on noise and dust. The contractor used a KD-HR28 three-piece high-reach demolition boom with a KD-DS twin-cylinder hydraulic shear to take down a seven-storey frame structure floor by floor from the top, with water spraying to keep dust down, and received no complaints throughout.</p>
<h3>A limestone quarry in Southwest China</h3>
<p>The quarry’s secondary breaking used breakers of another brand with a high failure rate. After switching to the KD-155 breaker, a year of continuous operation showed a mean time between failures about 40% higher, and consumption of chisels and bushings fell markedly.</p>
<h3>Log handling at a tree farm in Chongzuo, Guangxi</h3>
<p>The tree farm uses a KD-LG20 log grapple to pile and load logs. With a quick coupler it shares one excavator with a bucket, and it keeps loading steadily even in the muddy rainy season.</p>
<p>To learn about a case close to your working conditions, call 400-0734-868; we can arrange a visit to equipment working near you.</p>
""",
        },
        "applications/videos/": {
            "title": "Product Videos",
            "summary": "Product demonstrations, job-site footage and installation and maintenance tutorials show you how Kede attachments perform and how to use them.",
            "body": """
<h2>Video library</h2>
<p>We have filmed a great deal of video on the factory test benches and at customers’ job sites, in three groups:</p>
<ul>
<li><strong>Product demonstrations</strong>: breakers striking, vibro hammers driving piles, hydraulic shears cutting, log grapples rotating, and performance tests before shipping.</li>
<li><strong>On the job</strong>: real projects filmed on site — dredging with long-reach arms, solar piling, high-reach demolition, breaking in mines.</li>
<li><strong>Installation and maintenance</strong>: tutorials on charging a breaker with nitrogen, changing chisels, installing quick couplers and changing vibro hammer oil, helping operators use and maintain attachments correctly.</li>
</ul>
<p>New videos are added regularly. For a detailed video of a product or high-resolution footage (for dealer promotion), please contact our sales staff or email sales@kedegroup.cn.</p>
""",
        },
        "news/": {
            "title": "News",
            "summary": "Kede Group company news, excavator attachment industry news, and technical documents such as product manuals and maintenance guides.",
            "body": """
<p>Here you will find the latest from Kede Group: new products, trade shows, major projects and company events; news from the construction machinery and attachment industry; and technical documents such as product manuals, installation instructions and maintenance guides.</p>
""",
        },
        "news/company/": {
            "title": "Company News",
            "summary": "Kede Group’s product launches, trade shows, project deliveries and company events.",
            "body": """
<p>News of Kede Group’s product launches, trade shows in China and abroad, deliveries to key projects and major company events is published here.</p>
""",
        },
        "news/industry/": {
            "title": "Industry News",
            "summary": "Market, policy and technology news from the construction machinery and excavator attachment industry.",
            "body": """
<p>We follow market changes, industrial policy, new standards and technology trends in construction machinery and excavator attachments, and collect what is worth knowing for our customers and partners.</p>
""",
        },
        "news/technical/": {
            "title": "Technical Documents",
            "summary": "Product manuals, installation instructions, operation and maintenance guides, to read online or download.",
            "body": """
<p>Here you will find Kede product manuals, installation instructions, operation and maintenance guides and troubleshooting tips. Correct installation and maintenance make attachments last much longer; operators and equipment managers should read the relevant documents carefully before use.</p>
""",
        },
        "repair/": {
            "title": "About the Centre",
            "nav_title": "Repair Centre",
            "summary": "Founded in 2016, the Kede Repair Centre has professional test equipment and more than 20 repair engineers, and repairs excavator attachments of every brand.",
            "body": """
<h2>About the centre</h2>
<p>The Kede Repair Centre was founded in 2016 at the Hengyang plant and covers about 3,000 square metres; it was one of the first specialist excavator attachment repair shops in Hunan Province. It provides warranty work and overhauls for Kede products and also inspects, repairs and remanufactures breakers, vibro hammers, hydraulic shears and other attachments of other brands.</p>
<h2>Equipment and capabilities</h2>
<ul>
<li>Breaker test rig and hydraulic test bench; every attachment is performance-tested after repair.</li>
<li>Cylinder honing machine, CNC lathe and cylindrical grinder to restore precision parts such as pistons and cylinders.</li>
<li>Nitrogen charging and test equipment, special assembly fixtures and a 20-tonne overhead crane.</li>
<li>Welding repair and hardfacing stations for repairing cracks in structures and refurbishing buckets.</li>
</ul>
<h2>Repair team</h2>
<p>The centre has more than 20 repair engineers with an average of over 8 years’ experience, including 3 senior technicians. The engineers regularly spend time with the factory’s R&amp;D and assembly teams, know the structure and adjustment of every product line, and have 4 service vans for on-site work.</p>
<h2>Services</h2>
<table>
<thead><tr><th scope="col">Service</th><th scope="col">Scope</th><th scope="col">Usual time</th></tr></thead>
<tbody>
<tr><td>Breaker repair</td><td>Strip-down inspection, new seals, lapping of piston and cylinder, new bushings and chisel, nitrogen charging</td><td>3–5 working days</td></tr>
<tr><td>Vibro hammer and hydraulic shear repair</td><td>Motors, bearings, rotation units, cylinders and blades</td><td>5–7 working days</td></tr>
<tr><td>Structural repair</td><td>Crack repair, line boring and hardfacing of long-reach arms, buckets and quick couplers</td><td>5–10 working days</td></tr>
<tr><td>Remanufacturing</td><td>Complete refurbishment of used attachments, with a new warranty after passing performance tests</td><td>10–15 working days</td></tr>
<tr><td>On-site service</td><td>Diagnosis, installation, commissioning and minor repairs on site</td><td>On site within 24 hours in Hunan</td></tr>
</tbody>
</table>
""",
        },
        "repair/process/": {
            "title": "Repair Process",
            "summary": "From your repair request, diagnosis and quotation to repair, testing and follow-up, every step at the Kede Repair Centre is transparent.",
            "body": """
<h2>Repair process</h2>
<ol>
<li><strong>Request</strong>: call the service hotline 400-0734-868, send an email or submit a repair request online, giving the equipment model and the fault.</li>
<li><strong>First diagnosis</strong>: an engineer assesses the description, photos and videos and tells you the likely cause and the estimated cost.</li>
<li><strong>Shipping or site visit</strong>: for faults that can be fixed on site we send an engineer; equipment that has to come to the factory is shipped by the customer or we help arrange transport.</li>
<li><strong>Inspection and report</strong>: within 24 hours of arrival the equipment is stripped and inspected, and we send an inspection report and repair quotation with photos of the worn parts.</li>
<li><strong>Approval</strong>: repair starts once the customer approves the plan and the price; equipment not to be repaired is returned as it came, charging only the inspection fee.</li>
<li><strong>Repair</strong>: parts are replaced or restored as agreed, always with original parts or parts of equal quality.</li>
<li><strong>Testing</strong>: after repair the attachment is tested on the bench for pressure, flow and impact performance, and the test data are recorded.</li>
<li><strong>Delivery and follow-up</strong>: the equipment goes back to the customer with a list of the work done; we call within 7 days to ask how it is running.</li>
</ol>
<h2>Repair warranty</h2>
<p>Replaced parts and repaired areas carry a 3-month warranty (wear parts excepted). If the same fault recurs within the warranty period because of the repair, we repair it again free of charge.</p>
""",
        },
        "repair/request/": {
            "title": "Repair Request",
            "summary": "Fill in a repair request online and upload photos of the fault (up to 5). After submitting you get a repair number, and with it and your mobile number you can follow the repair. During working hours we will contact you within 2 hours.",
            "body": """
<h2>Other ways to request a repair</h2>
<p>Besides the online request you can also reach us in these ways; during working hours we will contact you within 2 hours:</p>
<ul>
<li>Service hotline: <a href="tel:400-0734-868">400-0734-868</a> (24/7)</li>
<li>Repair centre: 0734-8888660 (Monday to Saturday, 8:00–18:00)</li>
<li>Email: <a href="mailto:service@kedegroup.cn">service@kedegroup.cn</a></li>
</ul>
<h2>Please tell us</h2>
<ol>
<li>The attachment’s brand, model and serial number (on the nameplate).</li>
<li>The brand, model and weight of the excavator it is fitted to.</li>
<li>The fault: when it started and what happens — photos or a short video help most.</li>
<li>Where the equipment is, a contact name and phone number, and whether you need a site visit.</li>
<li>For Kede products, the purchase date or proof of purchase, so we can check the warranty.</li>
</ol>
<p>For your safety, please do not open a breaker’s nitrogen chamber or accumulator yourself before an engineer has confirmed it is safe.</p>
""",
        },
        "service/": {
            "title": "Customer Centre",
            "summary": "Pre-sales selection, after-sales service, spare parts and technical training: the Kede Customer Centre looks after your equipment for its whole life.",
            "body": """
<h2>Our services</h2>
<ul>
<li><strong>Pre-sales advice</strong>: we recommend the right attachment for your excavator and working conditions, check mounting dimensions and provide proposal drawings.</li>
<li><strong>Installation and commissioning</strong>: when a hydraulic attachment is first fitted, a service engineer can come to guide the hose installation and pressure settings.</li>
<li><strong>After-sales service</strong>: clear warranty terms, a 24/7 hotline and service outlets across China.</li>
<li><strong>Spare parts</strong>: common parts kept in stock; orders placed today ship today.</li>
<li><strong>Technical training</strong>: training in use and maintenance for customers’ operators and dealers’ service staff.</li>
</ul>
<p>Service hotline: 400-0734-868.</p>
""",
        },
        "service/after-sales/": {
            "title": "After-Sales Service",
            "summary": "Kede products carry a 12-month warranty, with a 24/7 hotline, engineers on site within 24 hours in Hunan and 48 hours elsewhere, and common parts shipped the same day.",
            "body": """
<h2>Warranty terms</h2>
<p>The warranty period starts on the day of delivery. Within it, Kede repairs or replaces free of charge any part damaged because of defects in materials or workmanship.</p>
<table>
<thead><tr><th scope="col">Product</th><th scope="col">Covered</th><th scope="col">Warranty</th></tr></thead>
<tbody>
<tr><td>Booms and arms, buckets, rippers, quick couplers</td><td>Cracked welds and deformation of the main structure</td><td>12 months</td></tr>
<tr><td>Hydraulic breakers</td><td>Middle cylinder, piston, front and rear heads, accumulator</td><td>12 months</td></tr>
<tr><td>Vibro hammers, hydraulic shears, log grapples, demolition grabs</td><td>Motors, cylinders, slewing rings, housings</td><td>12 months</td></tr>
<tr><td>Hydraulic hoses, seals</td><td>Hoses and seals fitted at the factory</td><td>3 months</td></tr>
</tbody>
</table>
<p>Chisels, bushings, bucket teeth, blades, wear plates, damping rubber and other wear parts are normal consumables and not covered by the warranty.</p>
<h2>Response commitment</h2>
<ul>
<li>24/7 service hotline 400-0734-868; we reply with a plan within 2 hours of your call.</li>
<li>On site within 24 hours in Hunan Province and within 48 hours in other provinces (remote areas by arrangement).</li>
<li>Overseas customers get remote diagnosis by email and video, and when needed we send an engineer or the local agent serves you.</li>
</ul>
<h2>Spare parts</h2>
<p>The Hengyang headquarters stocks more than 3,000 common parts, and service outlets in each province keep wear parts. Orders confirmed before 16:00 on working days ship the same day, with a tracking number.</p>
<h2>Not covered by the free warranty</h2>
<ul>
<li>Operation contrary to the operating manual, such as blank firing or prying with a breaker, or use on excavators above the recommended weight.</li>
<li>Damage caused by substandard hydraulic oil or by not changing filters as specified.</li>
<li>Dismantling or modification without Kede’s authorisation, or use of non-original parts.</li>
<li>Damage from accidents, force majeure or other external causes.</li>
</ul>
""",
        },
        "service/message/": {
            "title": "Leave a Message",
            "summary": "For any question, suggestion or business proposal, leave us a message or call; we reply within one working day.",
            "body": """
<h2>Contact us</h2>
<p>Whether it is about choosing a product, a quotation, an after-sales issue or working together, we are glad to hear from you. We reply to messages within one working day.</p>
<ul>
<li>Sales: 0734-8888666, <a href="mailto:sales@kedegroup.cn">sales@kedegroup.cn</a></li>
<li>After-sales service: 400-0734-868, <a href="mailto:service@kedegroup.cn">service@kedegroup.cn</a></li>
</ul>
<p>Please leave your name, phone number and region; when asking about products, tell us your excavator’s brand and model so we can give accurate advice sooner. Your contact details are used only to answer this enquiry and are never passed to third parties.</p>
""",
        },
        "service/honors/": {
            "title": "Kede Honors and Certifications",
            "summary": "Management system certifications, high-tech enterprise status and other honors and certificates awarded to Kede Group.",
            "body": """
<p>Kede Group’s honors and certificates are under “About Kede — Honors and Certifications”.</p>
""",
        },
        "careers/": {
            "title": "Join Kede",
            "nav_title": "Careers",
            "summary": "Kede is hiring for design, hydraulics, welding, sales and after-sales service. Come and join us.",
            "body": """
<h2>Why join Kede</h2>
<ul>
<li><strong>Real products</strong>: the attachments you design and build will work on job sites across China and abroad.</li>
<li><strong>Room to grow</strong>: management and technical career tracks, mentoring, external training and skill-level certification.</li>
<li><strong>Solid pay and benefits</strong>: social insurance and housing fund, year-end bonus, skill allowances, paid annual leave, and wages paid in full and on time.</li>
<li><strong>Looked after</strong>: free staff dormitories and meals, holiday gifts, an annual health check and staff activities.</li>
</ul>
<p>Below are our current openings. Click one to see the duties and requirements and apply online; if none fits, you are welcome to send a general application.</p>
""",
        },
        "careers/training/": {
            "title": "Training and Development",
            "summary": "From induction and mentoring to skill-level certification and dual career tracks, Kede plans a path of growth for every employee.",
            "body": """
<h2>Training</h2>
<h3>Induction</h3>
<p>A one-week induction covers the company, work safety, the quality system and product knowledge, with rotations through the workshops, so new colleagues quickly see how an attachment goes from steel plate to finished product.</p>
<h3>Mentoring</h3>
<p>New employees in production and technical jobs are coached one to one by an experienced mentor under a mentoring agreement; when the trainee passes the assessment at the end, both mentor and trainee receive a bonus.</p>
<h3>Skill-level certification</h3>
<p>The company organises skill-level certification for welders, CNC operators, fitters and other trades; a higher certificate brings a higher skill allowance.</p>
<h3>External training and school partnerships</h3>
<p>Key technical and management staff attend trade shows, specialist courses and suppliers’ technical training. The company runs internship bases with local universities and vocational colleges and supports employees studying for further qualifications.</p>
<h2>Dual career tracks</h2>
<table>
<thead><tr><th scope="col">Track</th><th scope="col">Career path</th></tr></thead>
<tbody>
<tr><td>Management</td><td>Team leader → Section leader → Workshop manager → Department manager</td></tr>
<tr><td>Technical</td><td>Assistant engineer → Engineer → Senior engineer → Chief engineer</td></tr>
<tr><td>Skilled trades</td><td>Junior worker → Intermediate worker → Senior worker → Technician → Senior technician</td></tr>
</tbody>
</table>
""",
        },
        "careers/qa/": {
            "title": "Q&A",
            "summary": "Answers to common questions about the application process, accommodation, probation and business travel.",
        },
        "careers/apply/": {
            "title": "Online Application",
            "summary": "Enter your details and upload your résumé (PDF, DOC or DOCX). After submitting you get an application number to check progress or withdraw your application at any time.",
        },
        "careers/status/": {
            "title": "Application Status",
            "nav_title": "Check Status",
            "summary": "Check the progress of your application with its number and your mobile number, or withdraw it.",
        },
        "contact/": {
            "title": "Contact Details",
            "nav_title": "Contact Us",
            "summary": "Kede Group’s headquarters are in the Baishazhou Industrial Park, Hengyang, Hunan Province. You are welcome to call, write or visit the plant.",
            "body": """
<h2>Departments</h2>
<table>
<thead><tr><th scope="col">Department</th><th scope="col">Phone</th><th scope="col">Email</th></tr></thead>
<tbody>
<tr><td>Sales centre (China)</td><td>0734-8888666</td><td>sales@kedegroup.cn</td></tr>
<tr><td>International trade</td><td>+86-734-8888669</td><td>export@kedegroup.cn</td></tr>
<tr><td>After-sales service</td><td>400-0734-868</td><td>service@kedegroup.cn</td></tr>
<tr><td>Repair centre</td><td>0734-8888660</td><td>service@kedegroup.cn</td></tr>
<tr><td>Human resources</td><td>0734-8888665</td><td>hr@kedegroup.cn</td></tr>
</tbody>
</table>
<h2>Getting here</h2>
<ul>
<li><strong>High-speed rail</strong>: get off at Hengyang East Station; about 30 minutes by car or taxi.</li>
<li><strong>By air</strong>: fly to Hengyang Nanyue Airport; about 40 minutes by car.</li>
<li><strong>By car</strong>: leave the Beijing–Hong Kong–Macau Expressway at Hengyang South and follow your navigation to “Kede Road, Baishazhou Industrial Park”.</li>
</ul>
<p>Please book plant visits in advance; we can arrange a car to pick you up.</p>
""",
        },
        "contact/network/": {
            "title": "Sales Network",
            "summary": "Kede has more than 30 sales and service outlets across China; here are the offices in the main cities.",
            "body": """
<h2>Offices in China</h2>
<p>Kede has more than 30 sales and service outlets across China. These are the main regional offices; for other areas, call the sales centre on 0734-8888666 to find the outlet nearest you.</p>
<table>
<thead><tr><th scope="col">Region</th><th scope="col">City</th><th scope="col">Phone</th></tr></thead>
<tbody>
<tr><td>Central China</td><td>Hengyang (headquarters)</td><td>0734-8888666</td></tr>
<tr><td>Central China</td><td>Changsha</td><td>0731-84562211</td></tr>
<tr><td>Central China</td><td>Wuhan</td><td>027-83651720</td></tr>
<tr><td>Central China</td><td>Zhengzhou</td><td>0371-65982230</td></tr>
<tr><td>South China</td><td>Guangzhou</td><td>020-36207815</td></tr>
<tr><td>South China</td><td>Nanning</td><td>0771-55863102</td></tr>
<tr><td>East China</td><td>Shanghai</td><td>021-57783160</td></tr>
<tr><td>East China</td><td>Hangzhou</td><td>0571-86917725</td></tr>
<tr><td>Southwest China</td><td>Chengdu</td><td>028-87651432</td></tr>
<tr><td>Southwest China</td><td>Chongqing</td><td>023-68790215</td></tr>
<tr><td>Southwest China</td><td>Kunming</td><td>0871-63381907</td></tr>
<tr><td>Southwest China</td><td>Guiyang</td><td>0851-85520361</td></tr>
<tr><td>North China</td><td>Beijing</td><td>010-80712268</td></tr>
<tr><td>North China</td><td>Taiyuan</td><td>0351-74203356</td></tr>
<tr><td>Northwest China</td><td>Xi’an</td><td>029-86259417</td></tr>
<tr><td>Northwest China</td><td>Urumqi</td><td>0991-46631820</td></tr>
<tr><td>Northeast China</td><td>Shenyang</td><td>024-31278856</td></tr>
</tbody>
</table>
<h2>International business</h2>
<p>Kede exports to more than 40 countries and regions in Southeast Asia, the Middle East, Africa, South America and Europe. Overseas customers please contact the international trade department: +86-734-8888669, export@kedegroup.cn. We are building up local agents in several countries and welcome enquiries.</p>
""",
        },
    },
    "pages.Banner": {
        "科德破碎锤 强劲稳定": {
            "title": "Kede breakers: powerful and steady",
            "subtitle": "Combined nitrogen and oil-pressure striking for strong impact energy and few failures, for excavators of 1–45 t",
            "alt": "Illustration of a Kede hydraulic breaker on an excavator arm, on a dark blue background",
        },
        "加长大小臂 延伸作业半径": {
            "title": "Long-reach booms and arms: reach further",
            "subtitle": "Working radii from 13 to 26 m: river dredging, deep excavation and high-reach demolition with one arm",
            "alt": "Illustration of an excavator with a long-reach boom and arm reaching out to work",
        },
        "九大系列属具 一站配齐": {
            "title": "Nine attachment lines from one source",
            "subtitle": "Buckets, vibro hammers, hydraulic shears, log grapples, quick couplers… for mainstream excavators of 1.5–90 t",
            "alt": "Illustration of a Kede bucket on an excavator arm",
        },
    },
    "pages.Honor": {
        "高新技术企业证书": {
            "title": "High-Tech Enterprise Certificate",
            "issuer": "Hunan Department of Science and Technology, Hunan Department of Finance, Hunan Tax Service",
        },
        "湖南省专精特新中小企业": {
            "title": "Specialized and Sophisticated SME of Hunan Province",
            "issuer": "Hunan Provincial Department of Industry and Information Technology",
        },
        "ISO 9001 质量管理体系认证证书": {
            "title": "ISO 9001 Quality Management System Certificate",
            "issuer": "China Quality Certification Centre",
        },
        "ISO 14001 环境管理体系认证证书": {
            "title": "ISO 14001 Environmental Management System Certificate",
            "issuer": "China Quality Certification Centre",
        },
        "ISO 45001 职业健康安全管理体系认证证书": {
            "title": "ISO 45001 Occupational Health and Safety Management System Certificate",
            "issuer": "China Quality Certification Centre",
        },
        "CE 认证证书（液压破碎锤、快换装置）": {
            "title": "CE Certificate (hydraulic breakers, quick couplers)",
            "issuer": "EU Notified Body",
        },
        "发明专利证书：一种液压破碎锤的氮气缓冲结构": {
            "title": "Invention patent: a nitrogen cushioning structure for hydraulic breakers",
            "issuer": "China National Intellectual Property Administration",
        },
        "实用新型专利证书：一种挖掘机快换装置的双重安全锁止机构": {
            "title": "Utility model patent: a double safety lock for excavator quick couplers",
            "issuer": "China National Intellectual Property Administration",
        },
        "湖南省智能制造示范车间（机器人焊接车间）": {
            "title": "Hunan Intelligent Manufacturing Demonstration Workshop (robotic welding)",
            "issuer": "Hunan Provincial Department of Industry and Information Technology",
        },
        "衡阳市名牌产品（科德牌液压破碎锤）": {
            "title": "Hengyang Famous Brand Product (Kede hydraulic breakers)",
            "issuer": "Hengyang Municipal People’s Government",
        },
        "湖南省守合同重信用企业": {
            "title": "Contract-Abiding and Creditworthy Enterprise of Hunan Province",
            "issuer": "Hunan Administration for Industry and Commerce",
        },
        "衡阳市企业技术中心": {
            "title": "Hengyang Enterprise Technology Centre",
            "issuer": "Hengyang Economic and Information Technology Commission",
        },
    },
}

# Honor image descriptions, as pages.demo writes the Chinese ones: the certificate, who issued it, and when.
_HONOR_YEARS = {row[1]: row[2] for row in _CHINESE_HONORS}
for _title, _english in ENGLISH["pages.Honor"].items():
    _english["alt"] = f"{_english['title']}, issued by {_english['issuer']} in {_HONOR_YEARS[_title]}"[:150]
