# ruff: noqa: E501 -- long lines of prose and HTML
"""English texts of the catalog's demo content (see products/demo/content.py): model label → lookup → fields."""

ENGLISH = {
    "products.Category": {
        "booms-arms": {
            "name": "Booms & arms",
            "summary": "Two-piece long-reach fronts, three-piece high-reach demolition booms and short tunnel arms that extend an excavator’s reach, working height and ability to work in tight spaces.",
            "description": """<p>Kede booms and arms are designed to the carrier’s original pin dimensions. Booms and arms are welded as box sections from Q460/Q690 high-strength steel plate, and critical welds are ultrasonically tested. Before delivery we check the stability of the complete machine for the carrier’s weight class and supply a counterweight plan. The fronts fit 12–50 t excavators and install in place of the original boom and arm.</p>
<ul>
<li>Tapered box sections save weight without losing strength, leaving more capacity for the bucket</li>
<li>Robotic welding and full stress-relief annealing; over 99% of welds pass first inspection</li>
<li>Pin bores machined in a single setup on a large CNC boring and milling center for true alignment</li>
<li>Extended hoses, extended cylinders, counterweights and guards supplied as required</li>
</ul>""",
        },
        "booms-long-reach": {
            "name": "Long-reach fronts",
            "summary": "Working radius of 13–22 m, for river dredging, deep foundation excavation and loading trucks at a distance.",
            "description": """<p>Working radius of 13–22 m, for river dredging, deep foundation excavation and loading trucks at a distance.</p>
<ul>
<li>Boom and arm both of tapered box section: stiff, with little deflection</li>
<li>Supplied with an extended arm cylinder and high-pressure hoses for smooth, shock-free movement</li>
<li>Delivered with a counterweight calculation, so the machine’s stability is documented</li>
</ul>""",
        },
        "booms-demolition": {
            "name": "High-reach demolition booms",
            "summary": "Working height of 22–28 m; with a demolition shear or breaker, takes multi-storey buildings down from the top.",
            "description": """<p>Working height of 22–28 m; with a demolition shear or breaker, takes multi-storey buildings down from the top.</p>
<ul>
<li>Three-piece design with an adjustable intermediate boom, for work at height and at ground level</li>
<li>Piped for both a shear and a breaker, plus a rotation control circuit</li>
<li>Cab guard screen and tilting upward-view seat (optional) for operator safety</li>
</ul>""",
        },
        "booms-tunnel": {
            "name": "Tunnel arms",
            "summary": "Lowers the machine’s working height and raises digging force, for tunnels, culverts and underground spaces.",
            "description": """<p>Lowers the machine’s working height and raises digging force, for tunnels, culverts and underground spaces.</p>
<ul>
<li>Working height about 2 m lower than with the standard front</li>
<li>About 25% more digging force, for hard soil and blasted rock</li>
<li>Takes a hydraulic breaker directly: one machine to dig and to break</li>
</ul>""",
        },
        "buckets": {
            "name": "Excavator buckets",
            "summary": "Standard, rock, heavy-duty mining, ditching and grading, and skeleton buckets for 1.5–90 t excavators.",
            "description": """<p>The bucket is an excavator’s most-used attachment and one of its fastest-wearing parts. Kede buckets are graded by material density and abrasiveness: bottoms, side cutters and adapters are made of NM400/NM450 wear-resistant steel, the main structure of Q355B high-strength steel, and ear spacing and pin diameters are made to the carrier model, so the bucket fits on arrival.</p>
<ul>
<li>Capacity matched to the carrier’s hydraulics and stability: full loads and steady swings</li>
<li>Wear strips on bottom and side plates can be replaced locally, extending the life of the whole bucket</li>
<li>Teeth, adapters and side cutters available as OEM-pattern or Kede-made parts, fully interchangeable</li>
<li>Can be fitted with a coupler interface to switch quickly between several buckets on one machine</li>
</ul>""",
        },
        "buckets-standard": {
            "name": "Standard buckets",
            "summary": "For general earthmoving, truck loading and backfilling: large capacity, high output.",
            "description": """<p>For general earthmoving, truck loading and backfilling: large capacity, high output.</p>
<ul>
<li>Smooth profile with low penetration resistance and a high fill factor</li>
<li>Cutting edge and adapters of wear-resistant steel, tempered as a whole after welding</li>
<li>Lightweight design, about 15% lighter than a rock bucket of the same size, for lower fuel use</li>
</ul>""",
        },
        "buckets-rock": {
            "name": "Rock buckets",
            "summary": "Thicker bottom and side cutters for digging and loading crushed stone, weathered rock and mixed soil and rock.",
            "description": """<p>Thicker bottom and side cutters for digging and loading crushed stone, weathered rock and mixed soil and rock.</p>
<ul>
<li>Thicker bottom plate and cutting edge with wear strips, resisting impact and abrasion</li>
<li>Heavy rock teeth and side shrouds keep the side cutters from rounding off</li>
<li>Lip reinforcement and ear reinforcement plates designed as one unit, free from cracking</li>
</ul>""",
        },
        "buckets-heavy": {
            "name": "Heavy-duty mining buckets",
            "summary": "Designed for large excavators working long shifts under heavy load in mines and quarries.",
            "description": """<p>Designed for large excavators working long shifts under heavy load in mines and quarries.</p>
<ul>
<li>NM450 wear-resistant steel at key points, with a hardfaced wear grid</li>
<li>Wear blocks on the bottom, replaced directly when worn to the limit</li>
<li>Reinforced adapters and pins for hard digging and frequent truck loading</li>
</ul>""",
        },
        "buckets-ditching": {
            "name": "Ditching & grading buckets",
            "summary": "Wide toothless buckets and hydraulic tilt buckets for river dredging, ditch shaping and slope trimming.",
            "description": """<p>Wide toothless buckets and hydraulic tilt buckets for river dredging, ditch shaping and slope trimming.</p>
<ul>
<li>Wide straight-edge design leaves a smooth surface, finishing a slope in one pass</li>
<li>Drain holes in the bucket walls let water run off quickly when dredging</li>
<li>Reversible, replaceable cutting edge: a worn edge does not mean a new bucket</li>
</ul>""",
        },
        "buckets-skeleton": {
            "name": "Skeleton buckets",
            "summary": "Grid-type bucket that screens as it digs, for grading stone, screening river cobbles and sorting demolition material.",
            "description": """<p>Grid-type bucket that screens as it digs, for grading stone, screening river cobbles and sorting demolition material.</p>
<ul>
<li>Grid spacing made to suit the material size, typically 60–120 mm</li>
<li>Grid bars of wear-resistant steel that keep their shape when shaken</li>
<li>Digs, screens and loads in one go, avoiding double handling</li>
</ul>""",
        },
        "vibro-hammers": {
            "name": "Vibro hammers",
            "summary": "Hydraulic vibratory pile drivers and extractors for excavators, for sheet piles, H-beams, steel pipe piles and solar piles.",
            "description": """<p>A Kede vibro hammer uses the excavator’s hydraulic system to spin eccentric weights at high speed. The resulting centrifugal force “liquefies” the soil around the pile, so the pile can be driven or extracted quickly. Compared with a dedicated piling rig, an excavator-mounted vibro hammer moves between sites easily and leaves the machine free for other work, making it ideal for trench shoring, excavation support, river cofferdams and solar farm piling.</p>
<ul>
<li>Imported piston motors and heavy-duty spherical roller bearings keep temperatures low in continuous work</li>
<li>High-elasticity rubber dampers isolate vibration, protecting the excavator arm and the operator</li>
<li>Clamp rotates 360° with high clamping force, so piles do not slip during driving or extraction</li>
<li>Optional side-grip design lets one machine pick up and feed its own piles</li>
</ul>""",
        },
        "vibro-standard": {
            "name": "Standard vibro hammers",
            "summary": "Front-clamp design for driving and extracting sheet piles, H-beams and steel pipe piles.",
            "description": """<p>Front-clamp design for driving and extracting sheet piles, H-beams and steel pipe piles.</p>
<ul>
<li>Twin motors driven symmetrically for high centrifugal force and steady amplitude</li>
<li>Clamp cylinder with pressure-holding valve: the pile is not released if pressure is lost</li>
<li>Gearbox with forced lubrication and long oil-change intervals</li>
</ul>""",
        },
        "vibro-side-grip": {
            "name": "Side-grip vibro hammers",
            "summary": "Side-grip rotating design that picks piles straight off the ground, ideal for solar piles and short piles.",
            "description": """<p>Side-grip rotating design that picks piles straight off the ground, ideal for solar piles and short piles.</p>
<ul>
<li>Side clamp picks up piles lying on the ground, with no helper crane</li>
<li>Clamp head tilts ±90°: pick, upright and position in one smooth sequence</li>
<li>Dedicated solar-pile jaws grip both C-section and screw piles</li>
</ul>""",
        },
        "hydraulic-shears": {
            "name": "Hydraulic shears",
            "summary": "Twin-cylinder demolition shears, pulverizers and eagle-beak scrap shears for concrete demolition, rebar separation and scrap cutting.",
            "description": """<p>Hydraulic shears are the workhorse attachment of building demolition and recycling. Kede shears combine large-bore cylinders with a force-multiplying linkage; the jaw blades are high-chromium alloy steel and can be turned to use both sides. A hydraulic motor provides continuous 360° rotation for precise work at awkward angles. Compared with demolition by breaker, shears make less noise and dust, which suits work in city centers and near homes.</p>
<ul>
<li>Large-bore cylinders with force multiplier: about 20% more cutting force for the same weight class</li>
<li>Blades and tooth plates are bolted on, reversible and replaceable</li>
<li>Integrated speed valve: fast closing when unloaded, automatic force boost under load</li>
<li>360° hydraulic motor rotation with cushioning for precise positioning</li>
</ul>""",
        },
        "shears-demolition": {
            "name": "Demolition shears",
            "summary": "Twin cylinders drive both jaws to cut concrete beams, columns and rebar when demolishing building structures.",
            "description": """<p>Twin cylinders drive both jaws to cut concrete beams, columns and rebar when demolishing building structures.</p>
<ul>
<li>Twin cylinders drive both jaws symmetrically, opening and closing in sync with balanced loads</li>
<li>Crushing teeth at the jaw tip and cutting blades at the root: one tool to crush and cut</li>
<li>Jaw body of high-strength wear-resistant steel for long demolition shifts</li>
</ul>""",
        },
        "shears-pulverizer": {
            "name": "Pulverizers",
            "summary": "Wide toothed jaws crush concrete and strip out the rebar for separate recycling.",
            "description": """<p>Wide toothed jaws crush concrete and strip out the rebar for separate recycling.</p>
<ul>
<li>Wide opening that bites floor slabs and walls</li>
<li>Toothed jaws crush concrete while blades at the root cut the rebar</li>
<li>Crushed aggregate of even size, easy to recycle</li>
</ul>""",
        },
        "shears-scrap": {
            "name": "Scrap shears",
            "summary": "Eagle-beak jaws cut steel sections, pipes, car frames and steel structures, for scrap recycling and steel structure demolition.",
            "description": """<p>Eagle-beak jaws cut steel sections, pipes, car frames and steel structures, for scrap recycling and steel structure demolition.</p>
<ul>
<li>Eagle-beak upper jaw with a piercing tip: pierce first, then cut, for high cutting efficiency</li>
<li>Main and guide blades can be rotated to use all four edges</li>
<li>Speed valve cuts no-load opening and closing time by about 30%</li>
</ul>""",
        },
        "breakers": {
            "name": "Hydraulic breakers",
            "summary": "Side-type, top-type and box-type silenced hydraulic breakers for 1–45 t excavators, for breaking rock and concrete.",
            "description": """<p>Kede breakers strike with combined nitrogen gas and hydraulic pressure. Piston and cylinder are made of imported alloy steel, carburized, hardened and precision-ground, with running clearances held to microns. Before leaving the factory every breaker is tested on the test bench for impact energy, blow rate and sealing: it hits hard, rarely fails and lasts long.</p>
<ul>
<li>Large-diameter piston and long stroke for high energy per blow</li>
<li>Imported seals resist heat and contamination and extend service intervals</li>
<li>Chisel and bushings of quality alloy steel with uniform heat-treated hardness</li>
<li>Side-type, top-type and box-type designs for different jobs and noise limits</li>
</ul>""",
        },
        "breakers-side": {
            "name": "Side-type breakers",
            "summary": "Breaker body mounted alongside its bracket: low and compact, for trench work and small excavators.",
            "description": """<p>Breaker body mounted alongside its bracket: low and compact, for trench work and small excavators.</p>
<ul>
<li>Side-mounted bracket keeps the unit low, with good visibility</li>
<li>Compact, for trenches, indoor work and tight spaces</li>
<li>Bracket made to suit the carrier, or with a quick-coupler interface</li>
</ul>""",
        },
        "breakers-top": {
            "name": "Top-type breakers",
            "summary": "Breaker body in line with the arm for direct transmission of impact; for rock excavation and secondary breaking.",
            "description": """<p>Breaker body in line with the arm for direct transmission of impact; for rock excavation and secondary breaking.</p>
<ul>
<li>In-line layout transmits the blow straight down the chisel with little energy loss</li>
<li>Easy to aim at the breaking point, ideal for vertical downward blows</li>
<li>Removable side plates on the breaker body for easy servicing</li>
</ul>""",
        },
        "breakers-box": {
            "name": "Box-type silenced breakers",
            "summary": "Fully enclosed box housing lined with damping and sound-deadening material: quiet, protected, suited to urban work.",
            "description": """<p>Fully enclosed box housing lined with damping and sound-deadening material: quiet, protected, suited to urban work.</p>
<ul>
<li>Fully enclosed housing, about 10 dB quieter than an open breaker</li>
<li>Built-in dampers reduce shocks to the excavator arm</li>
<li>The housing protects the power cell from flying rock for a longer service life</li>
</ul>""",
        },
        "log-grapples": {
            "name": "Log grapples",
            "summary": "Hydraulic rotating grapples, mechanical grapples and sugarcane grapples for handling logs, bamboo, sugarcane and pipes.",
            "description": """<p>Kede log grapples are widely used at forestry sites, sawmills, ports and sugar mills. The tines are cut in one piece from high-strength wear-resistant steel and have hardfaced tips. Rotating models have a heavy-duty slewing ring and a hydraulic motor, so the load can be turned in mid-air for fast, neat truck loading and stacking.</p>
<ul>
<li>Curved, interlocking tines hold more and grip firmly, without dropping thin logs</li>
<li>Rotation motor with brake valve stops precisely, with no drift</li>
<li>Cylinders with built-in hydraulic lock: the load is not dropped if pressure is lost</li>
<li>Available with a quick-coupler interface to share one excavator with a bucket</li>
</ul>""",
        },
        "log-grapples-rotating": {
            "name": "Rotating log grapples",
            "summary": "Hydraulic motor drives 360° rotation, for loading and stacking logs and port handling.",
            "description": """<p>Hydraulic motor drives 360° rotation, for loading and stacking logs and port handling.</p>
<ul>
<li>Continuous 360° rotation: no need to reposition the excavator while loading</li>
<li>Twin cylinders drive the tines on both sides for high clamping force</li>
<li>Sealed, dust-proof slewing ring for muddy and dusty sites</li>
</ul>""",
        },
        "log-grapples-mechanical": {
            "name": "Mechanical grapples",
            "summary": "Driven by the excavator’s bucket cylinder, with no extra hydraulic lines: economical and practical.",
            "description": """<p>Driven by the excavator’s bucket cylinder, with no extra hydraulic lines: economical and practical.</p>
<ul>
<li>Opened and closed by the machine’s own bucket cylinder, no extra hydraulic lines</li>
<li>Simple design with few faults and low maintenance costs</li>
<li>Fitted or removed by changing just two pins</li>
</ul>""",
        },
        "log-grapples-sugarcane": {
            "name": "Sugarcane grapples",
            "summary": "Closely spaced tines designed for handling sugarcane, straw, reeds and other long loose material.",
            "description": """<p>Closely spaced tines designed for handling sugarcane, straw, reeds and other long loose material.</p>
<ul>
<li>Many fine tines interlock, so canes and other long thin material are not dropped</li>
<li>Large grab area, loading more than 20 times faster than by hand</li>
<li>Rounded tine tips reduce damage to the cane stalks</li>
</ul>""",
        },
        "grabs": {
            "name": "Demolition & sorting grabs",
            "summary": "Demolition and sorting grabs, orange-peel scrap grabs and hydraulic thumbs for sorting demolition waste, handling scrap and placing rock.",
            "description": """<p>A grab lets the excavator “pick, sort and place” like a hand. Kede grabs sort material after building demolition, separate waste, handle scrap steel and place riprap on embankments. The jaws are wear-resistant steel plate with replaceable tooth plates; rotating models have a hydraulic motor and slewing ring for nimble movement.</p>
<ul>
<li>Twin or multiple cylinders give high clamping force, so heavy loads do not slip</li>
<li>Jaws and tooth plates of NM400 wear-resistant steel, replaceable</li>
<li>Rotating models turn 360° to place material precisely</li>
<li>Built-in hydraulic lock and relief protection in the circuit</li>
</ul>""",
        },
        "grabs-sorting": {
            "name": "Sorting grabs",
            "summary": "Shovel-shaped jaws with tooth plates, for sorting demolition waste, separating refuse and light demolition.",
            "description": """<p>Shovel-shaped jaws with tooth plates, for sorting demolition waste, separating refuse and light demolition.</p>
<ul>
<li>Shovel-shaped jaws both grab and push: one grab for many jobs</li>
<li>Both jaws open and close in sync, holding even small pieces</li>
<li>Optional blades for light cutting</li>
</ul>""",
        },
        "grabs-orange-peel": {
            "name": "Orange-peel grabs",
            "summary": "Five-tine orange-peel design for picking up and loading scrap steel, municipal waste and bulk material.",
            "description": """<p>Five-tine orange-peel design for picking up and loading scrap steel, municipal waste and bulk material.</p>
<ul>
<li>Five tines, each with its own cylinder, close around irregular loads</li>
<li>Wear-resistant tine tips, each replaceable separately</li>
<li>Cylinders and hoses housed between the tines, safe from impact</li>
</ul>""",
        },
        "grabs-thumb": {
            "name": "Hydraulic thumbs",
            "summary": "Mounted under the arm to hold rocks, stumps and pipes against the bucket, with no change of attachment.",
            "description": """<p>Mounted under the arm to hold rocks, stumps and pipes against the bucket, with no change of attachment.</p>
<ul>
<li>Works with the machine’s own bucket: switch between gripping and digging at any time</li>
<li>Cylinder stroke matched to the bucket tip path for a secure grip over the full stroke</li>
<li>Folds back against the arm when not in use, leaving normal digging unaffected</li>
</ul>""",
        },
        "quick-couplers": {
            "name": "Quick couplers",
            "summary": "Mechanical, hydraulic and tilt quick couplers that let the operator change buckets, breakers and other attachments in seconds.",
            "description": """<p>A quick coupler (quick hitch) sits between the excavator arm and the attachment. It lets buckets, breakers, vibro hammers and other attachments be changed without removing pins, cutting changeover time from half an hour to under a minute. Kede couplers are designed to European safety standards; hydraulic models have a dual safety lock, so the attachment cannot drop off even if the hydraulic line loses pressure.</p>
<ul>
<li>Dual protection: hydraulic cylinder locking plus a mechanical safety lock</li>
<li>In-cab switch control with audible and visual alarm</li>
<li>Body of high-strength alloy steel, heat-treated as a whole for impact resistance</li>
<li>Made to the carrier’s original pin sizes, with no changes to the attachments</li>
</ul>""",
        },
        "couplers-mechanical": {
            "name": "Mechanical couplers",
            "summary": "Manually locked by a screw: simple and economical, for small excavators.",
            "description": """<p>Manually locked by a screw: simple and economical, for small excavators.</p>
<ul>
<li>Screw locking, no hydraulic lines needed</li>
<li>Simple design, practically maintenance-free</li>
<li>Economical, for owners who change attachments infrequently</li>
</ul>""",
        },
        "couplers-hydraulic": {
            "name": "Hydraulic couplers",
            "summary": "Change attachments at the push of a button in the cab, with a dual safety lock, for jobs with frequent changes.",
            "description": """<p>Change attachments at the push of a button in the cab, with a dual safety lock, for jobs with frequent changes.</p>
<ul>
<li>Solenoid valve control from the cab: change attachments without leaving the seat</li>
<li>Check valve inside the cylinder keeps the coupler locked if line pressure is lost</li>
<li>Mechanical safety pin as second protection, meeting European safety standards</li>
</ul>""",
        },
        "couplers-tilt": {
            "name": "Tilt couplers",
            "summary": "Quick coupler and tilt function in one: attachments tilt ±45° left and right for easier grading and ditching.",
            "description": """<p>Quick coupler and tilt function in one: attachments tilt ±45° left and right for easier grading and ditching.</p>
<ul>
<li>Twin cylinders tilt the attachment up to 45° each way</li>
<li>Grade slopes and dig side ditches without repeatedly moving the excavator</li>
<li>Tilt cylinders with counterbalance valves hold any angle securely</li>
</ul>""",
        },
        "rippers": {
            "name": "Rippers",
            "summary": "Single-shank, twin-shank and vibratory rippers for loosening frozen ground, weathered rock and hard soil.",
            "description": """<p>A ripper puts the excavator’s full digging force on a single tip and easily tears open frozen ground, hard soil, weathered rock and old road surfaces that a bucket struggles to penetrate. Kede ripper shanks are cut from a single wear-resistant steel plate, never welded from pieces, and the tips are replaceable. The vibratory ripper has a built-in eccentric vibration unit that loosens medium-hard rock almost as efficiently as a breaker, with less noise and fuel use.</p>
<ul>
<li>One-piece wear-resistant steel shank with an optimized curve for a good penetration angle</li>
<li>Replaceable tip and guard plate: only the wear parts are changed</li>
<li>Reinforced ears carry high digging forces without deforming</li>
<li>Shares a quick coupler with the bucket, to alternate ripping and clearing</li>
</ul>""",
        },
        "rippers-single": {
            "name": "Single-shank rippers",
            "summary": "A single tip concentrates the force for the best penetration in hard soil, frozen ground and weathered rock.",
            "description": """<p>A single tip concentrates the force for the best penetration in hard soil, frozen ground and weathered rock.</p>
<ul>
<li>All the digging force on one tip for strong penetration</li>
<li>Shank curve matched to the arm’s path for easy ripping</li>
<li>Tip is an OEM-pattern rock tooth, with spare parts easy to find</li>
</ul>""",
        },
        "rippers-twin": {
            "name": "Twin-shank rippers",
            "summary": "Two tips side by side loosen a larger area per pass, for large areas of hard ground.",
            "description": """<p>Two tips side by side loosen a larger area per pass, for large areas of hard ground.</p>
<ul>
<li>Both shanks enter together, ripping about twice the width of a single shank per pass</li>
<li>Calculated shank spacing keeps rocks from jamming between them</li>
<li>For ripping large areas on road subgrades and site leveling</li>
</ul>""",
        },
        "rippers-vibratory": {
            "name": "Vibratory rippers",
            "summary": "Hydraulic vibration combined with digging force: efficient and quiet in medium-hard rock.",
            "description": """<p>Hydraulic vibration combined with digging force: efficient and quiet in medium-hard rock.</p>
<ul>
<li>Eccentric vibration unit delivers high-frequency impacts that split rock along its bedding</li>
<li>Much quieter than a breaker, for noise-sensitive areas</li>
<li>Can replace some blasting, reducing permits and safety risks</li>
</ul>""",
        },
    },
    "products.SpecField": {
        "总长": {
            "name": "Overall length",
        },
        "最大作业半径": {
            "name": "Max. reach",
        },
        "最大挖深": {
            "name": "Max. digging depth",
        },
        "最大作业高度": {
            "name": "Max. working height",
        },
        "斗容": {
            "name": "Bucket capacity",
        },
        "配重": {
            "name": "Counterweight",
        },
        "斗宽": {
            "name": "Bucket width",
        },
        "重量": {
            "name": "Weight",
        },
        "斗齿数": {
            "name": "Number of teeth",
            "unit": "pcs",
        },
        "激振力": {
            "name": "Centrifugal force",
        },
        "偏心力矩": {
            "name": "Eccentric moment",
        },
        "振动频率": {
            "name": "Vibration frequency",
        },
        "最大桩长": {
            "name": "Max. pile length",
        },
        "最大开口": {
            "name": "Max. opening",
        },
        "剪切力": {
            "name": "Cutting force",
        },
        "旋转角度": {
            "name": "Rotation",
        },
        "工作压力": {
            "name": "Operating pressure",
        },
        "工作重量": {
            "name": "Operating weight",
        },
        "工作流量": {
            "name": "Oil flow",
        },
        "冲击频率": {
            "name": "Impact rate",
        },
        "钎杆直径": {
            "name": "Chisel diameter",
        },
        "抓取面积": {
            "name": "Grab area",
        },
        "闭合力": {
            "name": "Closing force",
        },
        "销轴直径": {
            "name": "Pin diameter",
        },
        "销轴中心距": {
            "name": "Pin center distance",
        },
        "锁紧方式": {
            "name": "Locking method",
        },
        "齿尖宽度": {
            "name": "Tip width",
        },
        "松土深度": {
            "name": "Ripping depth",
        },
        "板厚": {
            "name": "Shank thickness",
        },
    },
    "products.Product": {
        "kd-lr13": {
            "name": "Long-reach front",
            "summary": "13 m long-reach front for 12–15 t excavators: light and nimble, for dredging village streams and ponds.",
            "body": """<p>The KD-LR13 is the lightest model in the Kede long-reach range and fits 12–15 t excavators. Its 13 m overall length lets a small excavator clean a 5–6 m wide ditch from the bank, and its low transport height means it can travel between sites without removing the front.</p>
<h2>Key features</h2>
<ul>
<li>Light front that puts little load on the swing and travel systems of small carriers</li>
<li>Boom and arm both of tapered box section: stiff, with little deflection</li>
<li>Supplied with an extended arm cylinder and high-pressure hoses for smooth, shock-free movement</li>
<li>Delivered with a counterweight calculation, so the machine’s stability is documented</li>
</ul>
<h2>Applications</h2>
<p>Dredging village streams, fish ponds and irrigation canals, small excavations, and digging at a distance on landscaping projects.</p>""",
        },
        "kd-lr18": {
            "name": "Long-reach front",
            "summary": "The most popular 18 m long-reach front for 20 t class excavators: 18.2 m reach, the mainstay for river dredging and deep excavations.",
            "body": """<p>The KD-LR18 is Kede’s best-selling long-reach front and fits 20–23 t excavators. With 18 m overall length and 14 m digging depth it clears silt from a river about 30 m wide without entering the water, and digs deep excavations layer by layer, making it standard equipment for municipal and water-works contractors.</p>
<h2>Key features</h2>
<ul>
<li>Wear bushings at the boom foot and arm pivot keep clearances tight in long-term use</li>
<li>Supplied with a 0.5 m³ dredging bucket; rock bucket and clamshell optional</li>
<li>Boom and arm both of tapered box section: stiff, with little deflection</li>
<li>Supplied with an extended arm cylinder and high-pressure hoses for smooth, shock-free movement</li>
<li>Delivered with a counterweight calculation, so the machine’s stability is documented</li>
</ul>
<h2>Applications</h2>
<p>Dredging rivers, lakes and fish ponds, deep excavations for metro lines and utility tunnels, levee reinforcement and loading trucks at a distance.</p>""",
        },
        "kd-lr22": {
            "name": "Heavy long-reach front",
            "summary": "22 m long-reach front for 30–36 t excavators with 17.5 m digging depth, for large rivers and deep excavations.",
            "body": """<p>The KD-LR22 is designed for large excavators: 22 m overall length with a 0.7 m³ bucket balances reach and output per cycle. The boom has twin webs with internal diaphragms, keeping deflection within design limits when fully extended and loaded, for smooth operation.</p>
<h2>Key features</h2>
<ul>
<li>Multiple diaphragms inside the boom for high torsional stiffness</li>
<li>Supplied with a 2.5 t additional counterweight and installation plan</li>
<li>Boom and arm both of tapered box section: stiff, with little deflection</li>
<li>Supplied with an extended arm cylinder and high-pressure hoses for smooth, shock-free movement</li>
<li>Delivered with a counterweight calculation, so the machine’s stability is documented</li>
</ul>
<h2>Applications</h2>
<p>Dredging large rivers and waterways, port dredging, very deep excavations and cleaning tailings ponds.</p>""",
        },
        "kd-hr22": {
            "name": "High-reach demolition boom",
            "summary": "Three-piece demolition boom with 22.5 m working height for 30–36 t excavators, for buildings of about six storeys.",
            "body": """<p>The KD-HR22 consists of boom, intermediate boom and arm, reaching a working height of 22.5 m. Fitted with a twin-cylinder demolition shear or a breaker, it takes down frame and brick-concrete buildings of about six storeys from the top. After demolition the standard front can be refitted: one carrier, two uses.</p>
<h2>Key features</h2>
<ul>
<li>Intermediate boom cylinder with counterbalance valve for stable work at height</li>
<li>Three-piece design with an adjustable intermediate boom, for work at height and at ground level</li>
<li>Piped for both a shear and a breaker, plus a rotation control circuit</li>
<li>Cab guard screen and tilting upward-view seat (optional) for operator safety</li>
</ul>
<h2>Applications</h2>
<p>Demolition of multi-storey housing and factory buildings, chimneys and water towers, and bridge superstructures.</p>""",
        },
        "kd-hr28": {
            "name": "Heavy high-reach demolition boom",
            "summary": "28.5 m working height for 40–50 t excavators; with a demolition shear it takes down seven- to eight-storey buildings floor by floor.",
            "body": """<p>The KD-HR28 is Kede’s highest-reaching demolition boom and fits 40–50 t excavators. Its 28.5 m working height covers buildings of seven to eight storeys; with a KD-DS series twin-cylinder shear it completes demolition jobs in city centers with noise and dust kept under control.</p>
<h2>Key features</h2>
<ul>
<li>Connection for a water spray line to suppress dust during demolition</li>
<li>Guard plate on the arm head protects the cylinders from falling debris</li>
<li>Three-piece design with an adjustable intermediate boom, for work at height and at ground level</li>
<li>Piped for both a shear and a breaker, plus a rotation control circuit</li>
<li>Cab guard screen and tilting upward-view seat (optional) for operator safety</li>
</ul>
<h2>Applications</h2>
<p>Demolition of high-rise frame buildings in urban renewal, industrial buildings and silos, and emergency demolition.</p>""",
        },
        "kd-ta07": {
            "name": "Tunnel arm",
            "summary": "Tunnel arm for 20–25 t excavators: only 6 m working height and more digging force, for mucking out tunnels and scaling.",
            "body": """<p>By shortening the boom and lowering the pivot height, the KD-TA07 brings the maximum working height of a 20 t class excavator down to 6 m, so it can work normally in tunnels, culverts, underground car parks and other low spaces. The short front raises digging force by about 25% for more power in blasted rock.</p>
<h2>Key features</h2>
<ul>
<li>Thicker boom section, suited to scaling and trimming with a breaker</li>
<li>Working height about 2 m lower than with the standard front</li>
<li>About 25% more digging force, for hard soil and blasted rock</li>
<li>Takes a hydraulic breaker directly: one machine to dig and to break</li>
</ul>
<h2>Applications</h2>
<p>Mucking out and scaling road and rail tunnels, underground excavation and mine roadway work.</p>""",
        },
        "ksb-0-3": {
            "name": "Compact standard bucket",
            "summary": "0.3 m³ standard bucket for 6–8 t compact excavators: light and durable, for utility trenches and farm irrigation works.",
            "body": """<p>The KSB-0.3 is designed for 6–8 t compact excavators. Its 750 mm width suits common utility trenches, and the light body with low penetration resistance keeps cycle times short even on small carriers.</p>
<h2>Key features</h2>
<ul>
<li>Width matched to common trench widths: dig the trench in one pass</li>
<li>Smooth profile with low penetration resistance and a high fill factor</li>
<li>Cutting edge and adapters of wear-resistant steel, tempered as a whole after welding</li>
<li>Lightweight design, about 15% lighter than a rock bucket of the same size, for lower fuel use</li>
</ul>
<h2>Applications</h2>
<p>Utility and cable trenches, farm irrigation works, landscaping and small earthworks.</p>""",
        },
        "ksb-1-0": {
            "name": "Standard bucket",
            "summary": "General-purpose 1.0 m³ earthmoving bucket for 20 t class excavators, with an optimized profile and high fill factor.",
            "body": """<p>The KSB-1.0 is the general-purpose bucket for 20 t class excavators. Its profile was optimized in fill-factor tests and reaches over 110% fill in ordinary clay and sand. The lightweight structure speeds up every cycle and saves fuel over the long term.</p>
<h2>Key features</h2>
<ul>
<li>Bottom curve matched to the arm path for clean dumping without sticking</li>
<li>Smooth profile with low penetration resistance and a high fill factor</li>
<li>Cutting edge and adapters of wear-resistant steel, tempered as a whole after welding</li>
<li>Lightweight design, about 15% lighter than a rock bucket of the same size, for lower fuel use</li>
</ul>
<h2>Applications</h2>
<p>General excavation and truck loading, site leveling, road subgrades and building foundations.</p>""",
        },
        "krb-1-2": {
            "name": "Rock bucket",
            "summary": "1.2 m³ rock bucket for 20–25 t excavators, with thicker bottom and side cutters, for crushed stone and mixed soil and rock.",
            "body": """<p>The KRB-1.2 builds on the standard bucket with a thicker bottom plate, cutting edge and side plates, plus bottom wear strips and side shrouds. It suits loading crushed stone, weathered rock and blasted soil-rock mixtures, and is the most common bucket in quarries and earthworks sites.</p>
<h2>Key features</h2>
<ul>
<li>Four wear strips on the bottom, each replaceable separately</li>
<li>Thicker bottom plate and cutting edge with wear strips, resisting impact and abrasion</li>
<li>Heavy rock teeth and side shrouds keep the side cutters from rounding off</li>
<li>Lip reinforcement and ear reinforcement plates designed as one unit, free from cracking</li>
</ul>
<h2>Applications</h2>
<p>Quarry loading, soil and rock excavation, and rockwork on roads and sites.</p>""",
        },
        "krb-1-6": {
            "name": "Heavy-duty rock bucket",
            "summary": "1.6 m³ rock bucket for 30–36 t excavators, built of NM400 wear-resistant steel for hard loading work in mines and quarries.",
            "body": """<p>The KRB-1.6 is designed for 30 t class excavators working hard in mines and quarries. All main load-bearing parts are NM400 wear-resistant steel, the adapters are cast in one piece and carry heavy rock teeth. Tracking data from a limestone mine shows a service life about 1.8 times that of an ordinary bucket.</p>
<h2>Key features</h2>
<ul>
<li>Cast one-piece adapters with heavy rock teeth and side shrouds</li>
<li>Lip reinforcement beam and ear reinforcement plates designed as one unit</li>
<li>Thicker bottom plate and cutting edge with wear strips, resisting impact and abrasion</li>
<li>Heavy rock teeth and side shrouds keep the side cutters from rounding off</li>
<li>Lip reinforcement and ear reinforcement plates designed as one unit, free from cracking</li>
</ul>
<h2>Applications</h2>
<p>Loading in mines and quarries, digging blasted rock and handling stone on water-works projects.</p>""",
        },
        "khb-2-3": {
            "name": "Heavy-duty mining bucket",
            "summary": "2.3 m³ heavy-duty mining bucket for 40–50 t excavators, hardfaced with a wear grid at key points, for long shifts under heavy load.",
            "body": """<p>The KHB-2.3 is built for continuous work in large mines. On top of the rock bucket design, the bottom and side plates carry wear blocks and the main wear zones are hardfaced with a wear grid, so wear falls on replaceable parts and the main structure is protected.</p>
<h2>Key features</h2>
<ul>
<li>Bottom wear blocks bolted and welded in place for quick replacement</li>
<li>NM450 wear-resistant steel at key points, with a hardfaced wear grid</li>
<li>Wear blocks on the bottom, replaced directly when worn to the limit</li>
<li>Reinforced adapters and pins for hard digging and frequent truck loading</li>
</ul>
<h2>Applications</h2>
<p>Stripping and loading in metal mines, coal mines and large quarries.</p>""",
        },
        "khb-4-0": {
            "name": "Extra-large mining bucket",
            "summary": "4.0 m³ mining bucket with six teeth for 65–90 t excavators, matched to 60–100 t mining trucks.",
            "body": """<p>The KHB-4.0 is made for 65–90 t mining excavators. Its 4 m³ capacity matches 60–100 t mining dump trucks, filling a truck in 3–5 passes. The body is wear-resistant steel throughout, and critical welds are ultrasonically tested.</p>
<h2>Key features</h2>
<ul>
<li>Six teeth spread the penetration force evenly</li>
<li>Lifting eyes and transport stands supplied for easy handling</li>
<li>NM450 wear-resistant steel at key points, with a hardfaced wear grid</li>
<li>Wear blocks on the bottom, replaced directly when worn to the limit</li>
<li>Reinforced adapters and pins for hard digging and frequent truck loading</li>
</ul>
<h2>Applications</h2>
<p>Stripping and loading in large open-pit mines, and rockwork on large water-works and port projects.</p>""",
        },
        "kcb-1-6": {
            "name": "Wide ditching bucket",
            "summary": "2 m wide straight-edge ditching bucket with drain holes, for river dredging, slope trimming and site leveling.",
            "body": """<p>The KCB-1.6 is 2 m wide with a toothless straight edge that leaves a smooth surface. It often works with a long-reach front for river dredging and slope trimming. Drain holes in the walls let water run out of the silt as it is lifted, reducing the volume to haul away.</p>
<h2>Key features</h2>
<ul>
<li>Straight cutting edge can be reversed top to bottom</li>
<li>Wide straight-edge design leaves a smooth surface, finishing a slope in one pass</li>
<li>Drain holes in the bucket walls let water run off quickly when dredging</li>
<li>Reversible, replaceable cutting edge: a worn edge does not mean a new bucket</li>
</ul>
<h2>Applications</h2>
<p>Dredging rivers and lakes, shaping ditches, trimming slopes and leveling sites.</p>""",
        },
        "ktb-1-0": {
            "name": "Hydraulic tilt grading bucket",
            "summary": "Bucket tilts up to 45° each way, for trimming slopes and digging side ditches without repeatedly moving the excavator.",
            "body": """<p>The KTB-1.0 has two tilt cylinders between the wide grading bucket and its mounting bracket, letting the bucket tilt up to 45° to either side. When trimming slopes or digging trapezoidal ditches, the operator only adjusts the bucket angle instead of repeatedly moving the excavator.</p>
<h2>Key features</h2>
<ul>
<li>Tilt cylinders with counterbalance valves hold any angle securely</li>
<li>Wide straight-edge design leaves a smooth surface, finishing a slope in one pass</li>
<li>Drain holes in the bucket walls let water run off quickly when dredging</li>
<li>Reversible, replaceable cutting edge: a worn edge does not mean a new bucket</li>
</ul>
<h2>Applications</h2>
<p>Trimming road and rail embankments, shaping trapezoidal ditches and channels, and landscape contouring.</p>""",
        },
        "kgb-1-2": {
            "name": "Skeleton screening bucket",
            "summary": "Grid-type bucket that screens as it digs, separating soil from stone, for grading stone and sorting demolition material.",
            "body": """<p>The KGB-1.2 has a grid bottom and sides: after scooping up material, a gentle shake lets soil and fines fall through and leaves the stones behind. Grid spacing can be made to suit the customer’s material size, typically 80 mm.</p>
<h2>Key features</h2>
<ul>
<li>Custom grid spacing, typically 60–120 mm</li>
<li>Grid spacing made to suit the material size, typically 60–120 mm</li>
<li>Grid bars of wear-resistant steel that keep their shape when shaken</li>
<li>Digs, screens and loads in one go, avoiding double handling</li>
</ul>
<h2>Applications</h2>
<p>Sorting river cobbles and rubble stone, sorting demolition material, and clearing roots and debris.</p>""",
        },
        "kd-vh180": {
            "name": "Compact vibro hammer",
            "summary": "Fits 12–18 t excavators, for driving and extracting sheet piles up to 9 m and small steel pipe piles.",
            "body": """<p>The KD-VH180 is made for small and mid-size excavators. With 316 kN of centrifugal force it drives and extracts Larssen sheet piles up to 9 m long and small-diameter steel pipe piles, for trench shoring and small cofferdams.</p>
<h2>Key features</h2>
<ul>
<li>Operating weight of only 1.35 t, stable even on small carriers</li>
<li>Twin motors driven symmetrically for high centrifugal force and steady amplitude</li>
<li>Clamp cylinder with pressure-holding valve: the pile is not released if pressure is lost</li>
<li>Gearbox with forced lubrication and long oil-change intervals</li>
</ul>
<h2>Applications</h2>
<p>Sheet pile shoring for utility trenches, small excavation support, farm water works and small cofferdams.</p>""",
        },
        "kd-vh350": {
            "name": "Vibro hammer",
            "summary": "Fits 30–36 t excavators: 559 kN centrifugal force drives and extracts 15 m sheet piles and H-beams.",
            "body": """<p>The KD-VH350 is the mainstay of Kede’s standard vibro hammers. With 559 kN of centrifugal force on a 30 t class excavator it drives and extracts 15 m Larssen sheet piles and H-beams, sinking piles quickly in sand and soft clay.</p>
<h2>Key features</h2>
<ul>
<li>Adjustable clamp opening for Larssen piles, H-beams and steel pipe piles</li>
<li>Twin motors driven symmetrically for high centrifugal force and steady amplitude</li>
<li>Clamp cylinder with pressure-holding valve: the pile is not released if pressure is lost</li>
<li>Gearbox with forced lubrication and long oil-change intervals</li>
</ul>
<h2>Applications</h2>
<p>Driving and extracting sheet piles for excavation support, river cofferdams, bridge pile-cap cofferdams and H-beam shoring.</p>""",
        },
        "kd-vh450": {
            "name": "Heavy vibro hammer",
            "summary": "Fits 40–50 t excavators: 667 kN centrifugal force for 18 m piles and dense ground.",
            "body": """<p>The KD-VH450 is designed for large excavators. With an eccentric moment of 9.0 kg·m it keeps piles sinking at a steady rate even in dense sand and gravelly ground, and drives and extracts steel sheet piles and pipe piles up to 18 m long.</p>
<h2>Key features</h2>
<ul>
<li>Optional twin clamps hold large-diameter pipe piles more securely</li>
<li>Twin motors driven symmetrically for high centrifugal force and steady amplitude</li>
<li>Clamp cylinder with pressure-holding valve: the pile is not released if pressure is lost</li>
<li>Gearbox with forced lubrication and long oil-change intervals</li>
</ul>
<h2>Applications</h2>
<p>Deep excavation support, cofferdams for ports, wharves and waterways, and cofferdams for deep-water bridge foundations.</p>""",
        },
        "kd-vh250": {
            "name": "Side-grip rotating vibro hammer",
            "summary": "Side-grip rotating design: one machine picks up, uprights and drives the pile, a highly efficient tool for solar farm piling.",
            "body": """<p>The KD-VH250 adds a side clamp and rotator to the standard vibro hammer: the clamp picks up solar piles lying flat on the ground, turns them upright and drives them, with no crane or extra workers. At an agrivoltaic solar plant in Hubei, each machine drove about 180 piles a day.</p>
<h2>Key features</h2>
<ul>
<li>Side clamp, rotation and vibration all controlled from one set of pilot joysticks</li>
<li>Dedicated jaws for solar C-section piles grip without deforming them</li>
<li>Side clamp picks up piles lying on the ground, with no helper crane</li>
<li>Clamp head tilts ±90°: pick, upright and position in one smooth sequence</li>
<li>Dedicated solar-pile jaws grip both C-section and screw piles</li>
</ul>
<h2>Applications</h2>
<p>Pile foundations for solar plants and wind farms, guardrail posts and fence piles, and 6–12 m sheet piles.</p>""",
        },
        "kd-vh200s": {
            "name": "Side-grip vibro hammer",
            "summary": "Side-grip vibro hammer for 18–23 t excavators, for fast driving of solar piles, guardrail posts and other short piles.",
            "body": """<p>The KD-VH200S is the economy side-grip model: it omits the rotator but keeps the side clamp for picking up piles, making it lighter. It suits solar and guardrail projects with mostly short piles on a regular grid.</p>
<h2>Key features</h2>
<ul>
<li>Simpler design, lighter and lower in price than the rotating model</li>
<li>Side clamp picks up piles lying on the ground, with no helper crane</li>
<li>Clamp head tilts ±90°: pick, upright and position in one smooth sequence</li>
<li>Dedicated solar-pile jaws grip both C-section and screw piles</li>
</ul>
<h2>Applications</h2>
<p>Solar mounting piles, highway guardrail posts, and steel posts for orchards and greenhouses.</p>""",
        },
        "kd-ds220": {
            "name": "Twin-cylinder demolition shear",
            "summary": "Twin-cylinder shear for 12–18 t excavators, for demolishing brick-concrete buildings, boundary walls and small structures.",
            "body": """<p>The KD-DS220 is the light model among the twin-cylinder shears. Its 650 mm opening bites common ring beams, tie columns and boundary walls, suiting urban village redevelopment, interior demolition and other confined jobs.</p>
<h2>Key features</h2>
<ul>
<li>Operating weight of 1.15 t, suited to small and mid-size carriers</li>
<li>Twin cylinders drive both jaws symmetrically, opening and closing in sync with balanced loads</li>
<li>Crushing teeth at the jaw tip and cutting blades at the root: one tool to crush and cut</li>
<li>Jaw body of high-strength wear-resistant steel for long demolition shifts</li>
</ul>
<h2>Applications</h2>
<p>Demolition of brick-concrete houses and walls, interior structural alterations and small bridges and culverts.</p>""",
        },
        "kd-ds350": {
            "name": "Twin-cylinder demolition shear",
            "summary": "Twin-cylinder shear for 20–30 t excavators, 850 mm opening and 150 t cutting force: the mainstay for demolishing frame structures.",
            "body": """<p>The KD-DS350 drives its left and right jaws with two large-bore cylinders. With a maximum opening of 850 mm and 150 t cutting force it bites straight through frame beams and columns and cuts the rebar inside. Paired with a KD-HR series high-reach boom, it demolishes frame buildings of seven to eight storeys from above.</p>
<h2>Key features</h2>
<ul>
<li>Crushing teeth at the jaw tip combined with cutting blades at the root: one tool for two jobs</li>
<li>Integrated speed valve: no-load closing in about 2.5 s</li>
<li>Twin cylinders drive both jaws symmetrically, opening and closing in sync with balanced loads</li>
<li>Crushing teeth at the jaw tip and cutting blades at the root: one tool to crush and cut</li>
<li>Jaw body of high-strength wear-resistant steel for long demolition shifts</li>
</ul>
<h2>Applications</h2>
<p>Demolition of frame buildings, bridges and elevated roads, industrial buildings and reinforced concrete structures.</p>""",
        },
        "kd-ds450": {
            "name": "Heavy twin-cylinder demolition shear",
            "summary": "1000 mm opening and 200 t cutting force, for demolishing large beams and columns, bridge piers and industrial structures.",
            "body": """<p>The KD-DS450 is Kede’s most powerful demolition shear and fits 30–45 t excavators. Its 1 m opening bites large beams, columns and shear walls; it is often used to demolish bridges, chimneys and large industrial buildings.</p>
<h2>Key features</h2>
<ul>
<li>Wear plates at key points of the jaw body extend overhaul intervals</li>
<li>Twin cylinders drive both jaws symmetrically, opening and closing in sync with balanced loads</li>
<li>Crushing teeth at the jaw tip and cutting blades at the root: one tool to crush and cut</li>
<li>Jaw body of high-strength wear-resistant steel for long demolition shifts</li>
</ul>
<h2>Applications</h2>
<p>Demolition of bridges and viaducts, large industrial buildings and silos, and breaking core shear walls.</p>""",
        },
        "kd-pc300": {
            "name": "Hydraulic pulverizer",
            "summary": "Wide toothed jaws crush concrete and strip out rebar: for demolition and for preparing recycled aggregate.",
            "body": """<p>The jaws of the KD-PC300 are lined with crushing teeth that break floor slabs, walls and concrete blocks into small pieces, while blades at the root cut the rebar, separating steel from concrete for sorted recycling and reuse as recycled aggregate.</p>
<h2>Key features</h2>
<ul>
<li>Bolted crushing tooth plates, each replaceable when worn</li>
<li>Wide opening that bites floor slabs and walls</li>
<li>Toothed jaws crush concrete while blades at the root cut the rebar</li>
<li>Crushed aggregate of even size, easy to recycle</li>
</ul>
<h2>Applications</h2>
<p>Secondary breaking after demolition, separating rebar from concrete, and pre-processing for recycled aggregate production.</p>""",
        },
        "kd-es260": {
            "name": "Eagle-beak scrap shear",
            "summary": "Eagle-beak shear for 20–28 t excavators that cuts steel sections, pipes and scrapped car frames, for scrap recycling and steel structure demolition.",
            "body": """<p>The upper jaw of the KD-ES260 is shaped like an eagle’s beak: its tip pierces the plate first and the blades then cut it, for high cutting efficiency. The blades are high-chromium alloy steel and the main blades can be rotated to use all four edges, giving long, reliable service in scrap yards and on steel structure demolition sites.</p>
<h2>Key features</h2>
<ul>
<li>Gap between upper and lower blades adjustable with shims for clean cuts</li>
<li>Eagle-beak upper jaw with a piercing tip: pierce first, then cut, for high cutting efficiency</li>
<li>Main and guide blades can be rotated to use all four edges</li>
<li>Speed valve cuts no-load opening and closing time by about 30%</li>
</ul>
<h2>Applications</h2>
<p>Scrap recycling and cutting, dismantling scrapped cars and ships, and demolishing steel-framed buildings.</p>""",
        },
        "kd-es400": {
            "name": "Heavy eagle-beak scrap shear",
            "summary": "420 t cutting force cuts H-beams, heavy steel pipes and structural beams and columns, for large scrap processing yards.",
            "body": """<p>The KD-ES400 fits 30–45 t excavators and, with 420 t of cutting force, cuts H400 beams and thick-walled steel pipe in one bite. At a recycling base in Jiangsu it works alongside an orange-peel grab and handles most of the yard’s heavy scrap cutting.</p>
<h2>Key features</h2>
<ul>
<li>Main cylinder with regeneration circuit for faster cutting cycles</li>
<li>Blade holder replaceable as a whole for short overhaul times</li>
<li>Eagle-beak upper jaw with a piercing tip: pierce first, then cut, for high cutting efficiency</li>
<li>Main and guide blades can be rotated to use all four edges</li>
<li>Speed valve cuts no-load opening and closing time by about 30%</li>
</ul>
<h2>Applications</h2>
<p>Large scrap processing yards, demolition of steel structures and bridges, and ship breaking.</p>""",
        },
        "kd-45s": {
            "name": "Compact side-type breaker",
            "summary": "Fits 1.2–3 t mini excavators, for small breaking jobs indoors, in trenches and in yards.",
            "body": """<p>The KD-45S is Kede’s smallest breaker. With an operating weight of only 100 kg it works on mini excavators to break indoor floors, trenches and courtyards; its high blow rate suits thin concrete and masonry.</p>
<h2>Key features</h2>
<ul>
<li>Light enough for mini excavators and skid steer loaders</li>
<li>Side-mounted bracket keeps the unit low, with good visibility</li>
<li>Compact, for trenches, indoor work and tight spaces</li>
<li>Bracket made to suit the carrier, or with a quick-coupler interface</li>
</ul>
<h2>Applications</h2>
<p>Breaking indoor floors and cutting openings in slabs, utility trench breaking, and courtyard and landscaping work.</p>""",
        },
        "kd-68s": {
            "name": "Side-type hydraulic breaker",
            "summary": "Side-type breaker for 4–7 t excavators with a 68 mm chisel, a common model for municipal and rural road work.",
            "body": """<p>The KD-68S fits 4–7 t compact excavators; its side-mounted bracket keeps the unit low with good visibility. The piston and cylinder are carburized, hardened and precision-ground, and the blow rate reaches up to 900 bpm for efficient breaking of pavement and small rocks.</p>
<h2>Key features</h2>
<ul>
<li>68 mm chisel diameter, with moil point, chisel or blunt tools available</li>
<li>Supplied with a nitrogen charging kit and common seals</li>
<li>Side-mounted bracket keeps the unit low, with good visibility</li>
<li>Compact, for trenches, indoor work and tight spaces</li>
<li>Bracket made to suit the carrier, or with a quick-coupler interface</li>
</ul>
<h2>Applications</h2>
<p>Breaking city roads and sidewalks, rebuilding rural roads, and breaking rock layers when digging trenches.</p>""",
        },
        "kd-100s": {
            "name": "Mid-size side-type breaker",
            "summary": "Side-type breaker for 10–15 t excavators with a 100 mm chisel, for trench breaking and general rock breaking.",
            "body": """<p>The KD-100S fits 10–15 t excavators. Its compact side-type design is especially suited to breaking along trench walls. The 100 mm chisel breaks medium-hard rock and reinforced concrete well.</p>
<h2>Key features</h2>
<ul>
<li>Side plates of wear-resistant steel stand up to scraping in trenches</li>
<li>Side-mounted bracket keeps the unit low, with good visibility</li>
<li>Compact, for trenches, indoor work and tight spaces</li>
<li>Bracket made to suit the carrier, or with a quick-coupler interface</li>
</ul>
<h2>Applications</h2>
<p>Breaking rock in utility trenches and foundation trenches, removing reinforced concrete foundations, and small-scale quarrying.</p>""",
        },
        "kd-75t": {
            "name": "Top-type hydraulic breaker",
            "summary": "Top-type breaker for 6–9 t excavators with direct transmission of impact, for vertical downward breaking.",
            "body": """<p>The body of the KD-75T sits in line with the arm, so the blow travels straight down the chisel with little energy loss. It is easy to aim at the breaking point and strike downward, suiting rock breaking and foundation removal on small sites.</p>
<h2>Key features</h2>
<ul>
<li>Top bracket made to suit the carrier</li>
<li>In-line layout transmits the blow straight down the chisel with little energy loss</li>
<li>Easy to aim at the breaking point, ideal for vertical downward blows</li>
<li>Removable side plates on the breaker body for easy servicing</li>
</ul>
<h2>Applications</h2>
<p>Small-scale rock excavation, removing building foundations and pavements, and rural road and water-works construction.</p>""",
        },
        "kd-135t": {
            "name": "Top-type hydraulic breaker",
            "summary": "Top-type breaker for 20 t class excavators with a 135 mm chisel, for rock excavation and secondary breaking.",
            "body": """<p>The KD-135T is the standard breaker for 20 t class excavators. With ample impact energy and a moderate blow rate, it handles rock excavation, secondary breaking and reinforced concrete demolition alike, and is one of the models contractors own most.</p>
<h2>Key features</h2>
<ul>
<li>Large-diameter piston and long stroke for high energy per blow</li>
<li>Removable side plates for easy bushing replacement</li>
<li>In-line layout transmits the blow straight down the chisel with little energy loss</li>
<li>Easy to aim at the breaking point, ideal for vertical downward blows</li>
<li>Removable side plates on the breaker body for easy servicing</li>
</ul>
<h2>Applications</h2>
<p>Rock excavation and secondary breaking, demolition of reinforced concrete structures, and tunnel scaling and trimming.</p>""",
        },
        "kd-155t": {
            "name": "Heavy top-type breaker",
            "summary": "Heavy breaker for 28–35 t excavators with a 155 mm chisel, for mining and secondary breaking of oversize rock.",
            "body": """<p>The KD-155T fits 28–35 t excavators and is the mainstay of secondary breaking in mines and quarries. After a limestone mine in southwest China replaced its previous equipment with it, mean time between failures rose by about 40%, and chisel and bushing consumption fell markedly.</p>
<h2>Key features</h2>
<ul>
<li>Cylinder of one-piece forged alloy steel with good fatigue resistance</li>
<li>In-line layout transmits the blow straight down the chisel with little energy loss</li>
<li>Easy to aim at the breaking point, ideal for vertical downward blows</li>
<li>Removable side plates on the breaker body for easy servicing</li>
</ul>
<h2>Applications</h2>
<p>Secondary breaking in mines, quarrying, and large rockwork and bedrock excavation.</p>""",
        },
        "kdb-100": {
            "name": "Box-type silenced breaker",
            "summary": "Box-type silenced breaker for 10–15 t excavators with a fully enclosed housing, for urban and night-time work.",
            "body": """<p>The KDB-100 houses its power cell in a fully enclosed box, with dampers and sound-absorbing material between box and power cell. It is about 10 dB quieter than an open breaker of the same size, suiting urban road rebuilding and noise-restricted sites.</p>
<h2>Key features</h2>
<ul>
<li>Lifting eyes on the top and sides of the housing for easy fitting and removal</li>
<li>Fully enclosed housing, about 10 dB quieter than an open breaker</li>
<li>Built-in dampers reduce shocks to the excavator arm</li>
<li>The housing protects the power cell from flying rock for a longer service life</li>
</ul>
<h2>Applications</h2>
<p>Rebuilding urban roads and utility networks, work near hospitals and schools, and concrete removal indoors and outdoors.</p>""",
        },
        "kdb-140": {
            "name": "Triangular silenced breaker",
            "summary": "Triangular box-type silenced breaker for 20–30 t excavators: low noise and low vibration, for urban work and mines alike.",
            "body": """<p>The KDB-140 has a triangular housing, narrow at the front and wide at the back, giving a clear view of the breaking point while fully enclosing the power cell. The built-in damping system markedly reduces the shocks passed to the arm, so operators tire less over long shifts.</p>
<h2>Key features</h2>
<ul>
<li>Triangular housing gives good visibility for quick aiming</li>
<li>100% tested for impact performance on the test bench before delivery</li>
<li>Fully enclosed housing, about 10 dB quieter than an open breaker</li>
<li>Built-in dampers reduce shocks to the excavator arm</li>
<li>The housing protects the power cell from flying rock for a longer service life</li>
</ul>
<h2>Applications</h2>
<p>Urban demolition and road rebuilding, tunnel and metro construction, and secondary breaking in mines.</p>""",
        },
        "kdb-165": {
            "name": "Large box-type silenced breaker",
            "summary": "Large box-type breaker for 30–45 t excavators with a 165 mm chisel, for oversize rock and hard-rock mining.",
            "body": """<p>The KDB-165 is the largest of Kede’s box-type breakers. Its high energy per blow suits mining granite and other hard rock and secondary breaking of oversize boulders. The enclosed housing shields the power cell from flying rock for a longer life in harsh mine conditions.</p>
<h2>Key features</h2>
<ul>
<li>Blank-firing protection reduces chisel breakage and cylinder scoring</li>
<li>Fully enclosed housing, about 10 dB quieter than an open breaker</li>
<li>Built-in dampers reduce shocks to the excavator arm</li>
<li>The housing protects the power cell from flying rock for a longer service life</li>
</ul>
<h2>Applications</h2>
<p>Hard-rock mining, large rockwork projects, and removal of massive reinforced concrete foundations.</p>""",
        },
        "kd-lg06": {
            "name": "Compact rotating log grapple",
            "summary": "Rotating log grapple for 5–8 t excavators, for handling timber, bamboo and pipes at sawmills and yards.",
            "body": """<p>The KD-LG06 is made for compact excavators. It rotates 360° and grabs nimbly, and is often used for moving and loading at sawmill log yards, bamboo and timber markets and pipe yards.</p>
<h2>Key features</h2>
<ul>
<li>Rotation motor with brake valve stops precisely</li>
<li>Continuous 360° rotation: no need to reposition the excavator while loading</li>
<li>Twin cylinders drive the tines on both sides for high clamping force</li>
<li>Sealed, dust-proof slewing ring for muddy and dusty sites</li>
</ul>
<h2>Applications</h2>
<p>Moving raw timber at sawmills, handling bamboo and pipes, and transplanting trees in landscaping.</p>""",
        },
        "kd-lg20": {
            "name": "Rotating log grapple",
            "summary": "Rotating log grapple for 20 t class excavators with a 2 m opening, an efficient tool for stacking and loading logs at forestry sites.",
            "body": """<p>The KD-LG20 has a 2 m opening and a 0.9 m² grab area, picking up several logs at once. With a quick coupler the same excavator switches quickly between bucket and grapple, and keeps loading at a steady rate even in muddy rainy-season conditions.</p>
<h2>Key features</h2>
<ul>
<li>Interlocking tines do not drop thin logs</li>
<li>Sealed, dust-proof slewing ring for muddy sites</li>
<li>Continuous 360° rotation: no need to reposition the excavator while loading</li>
<li>Twin cylinders drive the tines on both sides for high clamping force</li>
<li>Sealed, dust-proof slewing ring for muddy and dusty sites</li>
</ul>
<h2>Applications</h2>
<p>Stacking and loading logs at forestry sites, handling timber in ports, and raw material yards of paper and panel mills.</p>""",
        },
        "kd-lg30": {
            "name": "Heavy rotating log grapple",
            "summary": "Large log grapple for 30 t class excavators with a 1.3 m² grab area, for ports and large timber yards.",
            "body": """<p>The KD-LG30 is made for large excavators. Its 2.35 m opening suits unloading imported logs from ships, stacking and loading them at ports and wharves, handling large loads at high loading speed.</p>
<h2>Key features</h2>
<ul>
<li>Reinforced slewing ring withstands heavy off-center loads without deforming</li>
<li>Continuous 360° rotation: no need to reposition the excavator while loading</li>
<li>Twin cylinders drive the tines on both sides for high clamping force</li>
<li>Sealed, dust-proof slewing ring for muddy and dusty sites</li>
</ul>
<h2>Applications</h2>
<p>Handling imported logs in ports, large timber yards, and fuel yards of biomass power plants.</p>""",
        },
        "kd-mg20": {
            "name": "Mechanical log grapple",
            "summary": "Driven by the bucket cylinder with no extra lines: an economical choice for short-term or occasional timber handling.",
            "body": """<p>The KD-MG20 opens and closes with the excavator’s existing bucket cylinder and needs no additional hydraulic lines or control valves. It is installed by changing just two pins, suiting seasonal or occasional handling of timber and bamboo.</p>
<h2>Key features</h2>
<ul>
<li>No rotator: simple design, practically maintenance-free</li>
<li>Opened and closed by the machine’s own bucket cylinder, no extra hydraulic lines</li>
<li>Simple design with few faults and low maintenance costs</li>
<li>Fitted or removed by changing just two pins</li>
</ul>
<h2>Applications</h2>
<p>Seasonal timber handling, bamboo buying stations and small sawmills.</p>""",
        },
        "kd-cg20": {
            "name": "Sugarcane grapple",
            "summary": "Sugarcane grapple with closely spaced tines, for handling cane at sugar mills and in cane fields, also straw and reeds.",
            "body": """<p>The KD-CG20 has four groups of fine interlocking tines that pick up a large bundle of cane at once without dropping any, loading more than 20 times faster than by hand. Users in the cane-growing regions of Guangxi and Yunnan rely on it during the crushing season at cane buying points and sugar mills.</p>
<h2>Key features</h2>
<ul>
<li>Rounded tine tips reduce damage to the cane stalks</li>
<li>Many fine tines interlock, so canes and other long thin material are not dropped</li>
<li>Large grab area, loading more than 20 times faster than by hand</li>
<li>Rounded tine tips reduce damage to the cane stalks</li>
</ul>
<h2>Applications</h2>
<p>Handling sugarcane at sugar mills and cane buying points, and handling straw, reeds and other long loose material.</p>""",
        },
        "kd-dg08": {
            "name": "Compact sorting grab",
            "summary": "Rotating sorting grab for 6–10 t excavators, for interior demolition, waste sorting and placing landscape rocks.",
            "body": """<p>The KD-DG08 is small and nimble: it sorts timber, rebar and debris during interior demolition and on cramped sites, and is often used to pick up and place landscape rocks.</p>
<h2>Key features</h2>
<ul>
<li>360° rotation for placing landscape rocks precisely</li>
<li>Shovel-shaped jaws both grab and push: one grab for many jobs</li>
<li>Both jaws open and close in sync, holding even small pieces</li>
<li>Optional blades for light cutting</li>
</ul>
<h2>Applications</h2>
<p>Sorting in interior demolition, separating renovation waste, and placing landscape rocks.</p>""",
        },
        "kd-dg20": {
            "name": "Demolition sorting grab",
            "summary": "Demolition sorting grab for 20 t class excavators, for sorting timber, steel and concrete on demolition sites.",
            "body": """<p>On demolition sites the KD-DG20 works alongside a hydraulic shear: the shear takes the structure down, and the grab sorts timber, rebar, plastics and concrete into separate loads, raising the share of construction waste that is recycled.</p>
<h2>Key features</h2>
<ul>
<li>Shovel-shaped jaws with tooth plates, for both grabbing and pushing</li>
<li>Shovel-shaped jaws both grab and push: one grab for many jobs</li>
<li>Both jaws open and close in sync, holding even small pieces</li>
<li>Optional blades for light cutting</li>
</ul>
<h2>Applications</h2>
<p>Sorting material after building demolition, recycling construction waste, and light demolition.</p>""",
        },
        "kd-op20": {
            "name": "Five-tine orange-peel grab",
            "summary": "Orange-peel grab for 20–25 t excavators, for picking up and loading scrap steel, municipal waste and bulk material.",
            "body": """<p>Each of the five tines of the KD-OP20 is driven by its own cylinder, so the grab closes around irregular loads. Grabbing scrap steel, bales and municipal waste, it fills well and rarely drops material.</p>
<h2>Key features</h2>
<ul>
<li>Five independently driven tines close around irregular loads</li>
<li>Five tines, each with its own cylinder, close around irregular loads</li>
<li>Wear-resistant tine tips, each replaceable separately</li>
<li>Cylinders and hoses housed between the tines, safe from impact</li>
</ul>
<h2>Applications</h2>
<p>Scrap yard handling, waste incineration plants and transfer stations, and bulk handling in ports.</p>""",
        },
        "kd-op30": {
            "name": "Heavy five-tine orange-peel grab",
            "summary": "Heavy orange-peel grab for 30 t class excavators with a large capacity, for loading and feeding at large scrap yards.",
            "body": """<p>The KD-OP30 is designed for large scrap yards: thicker tines with wear-resistant tips handle heavy, sharp-edged scrap over long shifts. At a recycling base in Jiangsu it feeds the shears and balers and loads the finished product.</p>
<h2>Key features</h2>
<ul>
<li>Cylinders and hoses housed between the tines, safe from impact</li>
<li>Five tines, each with its own cylinder, close around irregular loads</li>
<li>Wear-resistant tine tips, each replaceable separately</li>
<li>Cylinders and hoses housed between the tines, safe from impact</li>
</ul>
<h2>Applications</h2>
<p>Feeding and loading at large scrap yards, steelworks scrap yards and ship-breaking yards.</p>""",
        },
        "kd-th20": {
            "name": "Hydraulic thumb",
            "summary": "Mounted under the arm to work with the bucket, holding rocks, stumps and pipes with no change of attachment.",
            "body": """<p>The KD-TH20 is welded or bolted under the arm and driven by a single cylinder. Together with the bucket it forms a “finger and thumb” that picks up rocks, stumps, pipes and debris, switching between gripping and digging at any time; it is especially useful for site clearing and slope protection work.</p>
<h2>Key features</h2>
<ul>
<li>Folds back against the arm when not in use, leaving normal digging unaffected</li>
<li>Works with the machine’s own bucket: switch between gripping and digging at any time</li>
<li>Cylinder stroke matched to the bucket tip path for a secure grip over the full stroke</li>
<li>Folds back against the arm when not in use, leaving normal digging unaffected</li>
</ul>
<h2>Applications</h2>
<p>Site clearing, stump removal, placing rock for slope protection, and moving pipes.</p>""",
        },
        "kd-qm06": {
            "name": "Mechanical quick coupler",
            "summary": "Mechanical quick coupler for 5–8 t excavators, locked by a screw with no hydraulic lines: economical and practical.",
            "body": """<p>The KD-QM06 uses a screw to push the locking block, so an attachment can be changed with one wrench and no added hydraulic lines. It suits owners of compact excavators who change attachments infrequently.</p>
<h2>Key features</h2>
<ul>
<li>Fully mechanical design, practically maintenance-free</li>
<li>Screw locking, no hydraulic lines needed</li>
<li>Simple design, practically maintenance-free</li>
<li>Economical, for owners who change attachments infrequently</li>
</ul>
<h2>Applications</h2>
<p>Changing a compact excavator between bucket, ripper and breaker.</p>""",
        },
        "kd-qh06": {
            "name": "Compact hydraulic quick coupler",
            "summary": "Hydraulic quick coupler for 5–8 t excavators: change attachments at the push of a button in the cab, with a mechanical safety pin.",
            "body": """<p>The KD-QH06 lets compact excavators change attachments quickly from the cab too. On municipal jobs, trenching, breaking and backfilling need only one machine, switching in under a minute.</p>
<h2>Key features</h2>
<ul>
<li>Check valve inside the cylinder keeps it locked if pressure is lost</li>
<li>Solenoid valve control from the cab: change attachments without leaving the seat</li>
<li>Check valve inside the cylinder keeps the coupler locked if line pressure is lost</li>
<li>Mechanical safety pin as second protection, meeting European safety standards</li>
</ul>
<h2>Applications</h2>
<p>Small municipal projects, landscaping, and multi-attachment packages for rental companies.</p>""",
        },
        "kd-qh20": {
            "name": "Hydraulic quick coupler",
            "summary": "Hydraulic quick coupler for 20 t class excavators with dual safety lock: change bucket, breaker or vibro hammer in seconds.",
            "body": """<p>The KD-QH20 is Kede’s best-selling quick coupler, with dual protection from hydraulic cylinder locking and a mechanical safety lock, and an in-cab switch with audible and visual alarm. A 20 t class excavator fitted with it switches freely between bucket, breaker, vibro hammer and log grapple.</p>
<h2>Key features</h2>
<ul>
<li>Front and rear hook openings optimized to fit most OEM attachments</li>
<li>Supplied with solenoid valve, switch and hoses for a complete installation</li>
<li>Solenoid valve control from the cab: change attachments without leaving the seat</li>
<li>Check valve inside the cylinder keeps the coupler locked if line pressure is lost</li>
<li>Mechanical safety pin as second protection, meeting European safety standards</li>
</ul>
<h2>Applications</h2>
<p>Alternating pile driving and trenching on solar farms, switching between bucket and log grapple at forestry sites, and alternating digging and breaking on earthworks.</p>""",
        },
        "kd-qh36": {
            "name": "Heavy hydraulic quick coupler",
            "summary": "Hydraulic quick coupler for 30–40 t excavators with a body heat-treated as a whole, for heavy work in mines and demolition.",
            "body": """<p>The KD-QH36 is designed for large excavators. Its body of high-strength alloy steel, heat-treated as a whole, withstands the repeated shocks of breakers and shears without deforming, suiting mines, demolition and large earthworks sites.</p>
<h2>Key features</h2>
<ul>
<li>Surface-hardened locking block that stays tight in long-term use</li>
<li>Solenoid valve control from the cab: change attachments without leaving the seat</li>
<li>Check valve inside the cylinder keeps the coupler locked if line pressure is lost</li>
<li>Mechanical safety pin as second protection, meeting European safety standards</li>
</ul>
<h2>Applications</h2>
<p>Switching between bucket and breaker in mines, and between shear and grab on demolition sites.</p>""",
        },
        "kd-tq20": {
            "name": "Tilt quick coupler",
            "summary": "Quick coupler and ±45° tilt in one: turns any bucket into a tilt bucket for more efficient grading and ditching.",
            "body": """<p>The KD-TQ20 adds a tilt function to the hydraulic quick coupler, letting the attachment tilt up to 45° to either side. Fitted with it, an ordinary bucket becomes a tilt bucket, so grading slopes, digging side ditches and laying pipes no longer require moving the excavator again and again.</p>
<h2>Key features</h2>
<ul>
<li>Twin tilt cylinders with counterbalance valves hold any angle securely</li>
<li>Twin cylinders tilt the attachment up to 45° each way</li>
<li>Grade slopes and dig side ditches without repeatedly moving the excavator</li>
<li>Tilt cylinders with counterbalance valves hold any angle securely</li>
</ul>
<h2>Applications</h2>
<p>Road embankment and side ditch construction, pipe laying and landscape contouring.</p>""",
        },
        "kd-rp06": {
            "name": "Compact single-shank ripper",
            "summary": "Single-shank ripper for 5–8 t excavators that loosens hard soil and frozen ground ahead of the bucket.",
            "body": """<p>The KD-RP06 puts a compact excavator’s digging force on a single tip, easily tearing open hard soil and frozen ground that a bucket struggles to penetrate; it is often used for utility trenches and farmland improvement.</p>
<h2>Key features</h2>
<ul>
<li>Shank cut in one piece from 30 mm wear-resistant steel</li>
<li>All the digging force on one tip for strong penetration</li>
<li>Shank curve matched to the arm’s path for easy ripping</li>
<li>Tip is an OEM-pattern rock tooth, with spare parts easy to find</li>
</ul>
<h2>Applications</h2>
<p>Loosening hard soil and frozen ground, farmland improvement and stump removal.</p>""",
        },
        "kd-rp20": {
            "name": "Single-shank ripper",
            "summary": "Single-shank ripper for 20 t class excavators, for loosening weathered rock, hard soil and old pavement.",
            "body": """<p>The shank of the KD-RP20 is cut in one piece from 60 mm wear-resistant steel, with a curve matched to the arm’s path. It opens a 700 mm deep furrow in one pass even in weathered rock and old pavement; followed by a bucket to clear the spoil, it is clearly more productive than a bucket alone.</p>
<h2>Key features</h2>
<ul>
<li>Tip is an OEM-pattern rock tooth, with spare parts easy to find</li>
<li>All the digging force on one tip for strong penetration</li>
<li>Shank curve matched to the arm’s path for easy ripping</li>
<li>Tip is an OEM-pattern rock tooth, with spare parts easy to find</li>
</ul>
<h2>Applications</h2>
<p>Loosening weathered rock and hard soil, ripping up old pavement and digging frozen ground.</p>""",
        },
        "kd-rp36": {
            "name": "Heavy single-shank ripper",
            "summary": "Heavy ripper for 30–40 t excavators with an 80 mm thick shank, for moderately weathered rock and mine stripping.",
            "body": """<p>The KD-RP36 fits 30–40 t excavators. Its 80 mm wear-resistant steel shank carries high digging forces without deforming and can replace a breaker or blasting in some conditions, for excavating moderately weathered rock and stripping in mines.</p>
<h2>Key features</h2>
<ul>
<li>Replaceable wear guard on the back of the shank</li>
<li>All the digging force on one tip for strong penetration</li>
<li>Shank curve matched to the arm’s path for easy ripping</li>
<li>Tip is an OEM-pattern rock tooth, with spare parts easy to find</li>
</ul>
<h2>Applications</h2>
<p>Excavating moderately weathered rock, mine stripping and large site leveling projects.</p>""",
        },
        "kd-rt30": {
            "name": "Twin-shank ripper",
            "summary": "Two shanks side by side loosen a large area per pass, for large areas of hard ground on road subgrades and site leveling.",
            "body": """<p>The KD-RT30 has two tips side by side and rips about twice the width of a single shank per pass. It is particularly suited to loosening large areas of hard soil and frozen ground on road subgrades and site leveling; followed by a bucket to clear the spoil, overall productivity rises markedly.</p>
<h2>Key features</h2>
<ul>
<li>Calculated shank spacing keeps rocks from jamming between them</li>
<li>Both shanks enter together, ripping about twice the width of a single shank per pass</li>
<li>Calculated shank spacing keeps rocks from jamming between them</li>
<li>For ripping large areas on road subgrades and site leveling</li>
</ul>
<h2>Applications</h2>
<p>Road subgrade and site leveling projects, and loosening large areas of frozen ground and hard soil.</p>""",
        },
        "kd-vr30": {
            "name": "Vibratory ripper",
            "summary": "Eccentric vibration combined with digging force loosens medium-hard rock efficiently and quietly, replacing some blasting.",
            "body": """<p>The KD-VR30 has an eccentric vibration unit built in above the ripper shank. High-frequency impacts split the rock along its bedding and joints, and the digging force then pulls it loose. It loosens medium-hard rock almost as efficiently as a breaker, with less noise, vibration and fuel use, suiting areas where blasting is not allowed.</p>
<h2>Key features</h2>
<ul>
<li>Vibration unit with heavy-duty bearings and forced lubrication</li>
<li>Eccentric vibration unit delivers high-frequency impacts that split rock along its bedding</li>
<li>Much quieter than a breaker, for noise-sensitive areas</li>
<li>Can replace some blasting, reducing permits and safety risks</li>
</ul>
<h2>Applications</h2>
<p>Rock excavation where blasting is banned, loosening rock in tunnels and excavations, and quarry stripping.</p>""",
        },
    },
    "products.Case": {
        "xiangjiang-river-dredging": {
            "title": "Dredging for the integrated regulation of a Xiangjiang tributary",
            "location": "Hengyang, Hunan",
            "summary": "Four 21 t excavators fitted with KD-LR18 long-reach fronts worked from both banks at once, removing about 1,200 m³ of silt a day and finishing 15 days early.",
            "body": """<h2>Project overview</h2>
<p>The project covered the integrated regulation of a stretch of about 6 km of a tributary of the Xiangjiang River. The river is about 30 m wide, with silt 1.5–2.5 m deep. The owner required dredging to be completed in the dry season, without machines entering the riverbed, so as not to damage the impermeable layer on the river bottom.</p>
<h2>Challenges</h2>
<ul>
<li>A wide river and silt with a high water content: an ordinary excavator on the bank could not reach the middle of the channel</li>
<li>Newly built revetments on both banks left few places where machines were allowed to stand</li>
<li>Only 45 days for the work, so output had to be continuous and high</li>
</ul>
<h2>Solution</h2>
<p>The contractor chose four 21 t class excavators, all refitted with Kede KD-LR18 two-piece long-reach fronts and KCB-1.6 wide ditching buckets. The 18.2 m reach let the machines on each bank cover half the channel, reaching the whole cross-section without entering the river; the drain holes in the buckets let part of the water run out of the silt as it was lifted, reducing the volume hauled away.</p>
<h2>Results</h2>
<p>The four machines removed about 1,200 m³ of silt a day and finished all dredging 15 days ahead of schedule. The long-reach fronts had no structural problems during the works, and a Kede service engineer inspected them on site once a week.</p>""",
        },
        "hubei-solar-piling": {
            "title": "Pile foundations for an agrivoltaic solar plant in Jingmen, Hubei",
            "location": "Jingmen, Hubei",
            "summary": "Twelve KD-VH250 side-grip rotating vibro hammers each picked up, uprighted and drove their own piles, installing about 48,000 solar C-section piles.",
            "body": """<h2>Project overview</h2>
<p>This 100 MW agrivoltaic solar plant stands on hilly dry farmland and needed about 48,000 C-section solar piles, 2.5–3.5 m long. Crops are still grown beneath the panels, so the works had to disturb the land as little as possible.</p>
<h2>Challenges</h2>
<ul>
<li>Many piles and a tight schedule: the usual “crane feeds the piles, piling rig drives them” method needs many machines and many workers</li>
<li>Strict tolerances on pile position, which affect the later installation of the mounting structures</li>
<li>Undulating terrain that makes moving large piling rigs around the site difficult</li>
</ul>
<h2>Solution</h2>
<p>Kede supplied the contractor with twelve KD-VH250 side-grip rotating vibro hammers and KD-QH20 hydraulic quick couplers. The side clamp picks up each pile lying on the ground, turns it upright and drives it at the marked position, needing only an operator and a surveyor; when a trench had to be dug for cables, a bucket was fitted with the quick coupler in under a minute.</p>
<h2>Results</h2>
<p>Each machine drove about 180 piles a day, pile positions stayed within design tolerances, and all the pile foundations were finished 20 days ahead of schedule. The compact, agile excavators disturbed the farmland far less than crawler piling rigs.</p>""",
        },
        "guangzhou-demolition": {
            "title": "Demolition of frame buildings for old town redevelopment in Guangzhou",
            "location": "Guangzhou, Guangdong",
            "summary": "A KD-HR28 three-piece high-reach boom with a KD-DS350 twin-cylinder shear took down 7-storey frame buildings floor by floor, without a single complaint from residents.",
            "body": """<h2>Project overview</h2>
<p>On a redevelopment plot in the old town of Guangzhou, three 7-storey reinforced concrete frame buildings had to be demolished. The nearest residential building was less than 30 m from the demolition area, so the demands on noise, dust and safety were high.</p>
<h2>Challenges</h2>
<ul>
<li>Buildings about 23 m tall: conventional equipment could not reach the top floor</li>
<li>Dense housing all around: blasting was ruled out, and the noise of breakers was hardly acceptable</li>
<li>Demolition material had to be sorted on site, with rebar and concrete recycled separately</li>
</ul>
<h2>Solution</h2>
<p>The contractor used a 45 t class excavator with a KD-HR28 three-piece high-reach boom and a KD-DS350 twin-cylinder shear to cut beams, slabs and columns floor by floor from the top down, with the spray connection on the arm head suppressing dust at the same time. On the ground, a 20 t excavator with a KD-DG20 demolition sorting grab loaded rebar, timber and concrete separately.</p>
<h2>Results</h2>
<p>The three buildings were demolished in 35 days, with noise kept mostly below 70 dB. There were no complaints from residents and no safety incidents, and over 95% of the rebar was recovered.</p>""",
        },
        "yunnan-limestone-quarry": {
            "title": "Secondary breaking at a limestone quarry in Qujing, Yunnan",
            "location": "Qujing, Yunnan",
            "summary": "After switching to the KD-155T heavy breaker, mean time between failures rose by about 40%, and chisel and bushing consumption fell markedly.",
            "body": """<h2>Project overview</h2>
<p>This limestone quarry produces about 3 million tonnes of stone a year. After blasting, about 8% of the rock is oversize and must be broken again before it can enter the crushing plant. The breakers the quarry used before failed frequently, often holding up the whole production line.</p>
<h2>Challenges</h2>
<ul>
<li>Hard oversize boulders that demand high impact energy and reliability from the breaker</li>
<li>Over 10 hours of work a day, so every repair stop costs output directly</li>
<li>Loading buckets wore quickly and had to be replaced often</li>
</ul>
<h2>Solution</h2>
<p>After testing on site, Kede engineers recommended the KD-155T heavy top-type breaker on a 30 t class excavator for secondary breaking, and the KRB-1.6 heavy-duty rock bucket for loading. Kede also set up a consignment stock of parts at the quarry, so chisels, bushings and seals are on hand whenever needed.</p>
<h2>Results</h2>
<p>A full year of tracking showed mean time between failures of the breaker up by about 40% and markedly lower chisel and bushing consumption; the KRB-1.6 rock bucket lasted about 1.8 times as long as the previous bucket.</p>""",
        },
        "guangxi-eucalyptus-logging": {
            "title": "Log handling at a eucalyptus plantation in Chongzuo, Guangxi",
            "location": "Chongzuo, Guangxi",
            "summary": "A KD-LG20 log grapple and a bucket share one excavator via a hydraulic quick coupler, keeping truck loading steady even in muddy rainy-season conditions.",
            "body": """<h2>Project overview</h2>
<p>The plantation manages about 20,000 mu (some 1,300 hectares) of planted eucalyptus. After felling, the logs must be stacked at landings and then loaded onto trucks for the panel mill. The forest roads often need repairs by excavator, so the machine has to load timber and do earthworks as well.</p>
<h2>Challenges</h2>
<ul>
<li>Muddy landings in the rainy season make loading by hand slow and dangerous</li>
<li>One excavator has to handle both loading timber and repairing roads</li>
<li>Logs of varying length and diameter must be loaded neatly so that none fall off in transit</li>
</ul>
<h2>Solution</h2>
<p>The plantation fitted a 21 t excavator with a KD-LG20 hydraulic rotating log grapple and a KD-QH20 hydraulic quick coupler. The grapple is used for loading, with 360° rotation for neat stacking; when a road needs repair, the operator fits the bucket from the cab in one minute.</p>
<h2>Results</h2>
<p>A single machine loads about 250 m³ of logs a day, loading takes about 80% less time than by hand, and work continues through the rainy season.</p>""",
        },
        "changzhou-scrap-recycling": {
            "title": "Scrap steel processing at a recycling base in Changzhou, Jiangsu",
            "location": "Changzhou, Jiangsu",
            "summary": "A KD-ES400 eagle-beak shear cuts heavy scrap while a KD-OP30 orange-peel grab feeds and loads, replacing most torch cutting.",
            "body": """<h2>Project overview</h2>
<p>The recycling base processes about 400,000 tonnes of scrap steel a year, including parts from demolished steel structures, scrapped equipment and heavy steel sections. It used to rely heavily on torch cutting, which was slow, smoky and hazardous.</p>
<h2>Challenges</h2>
<ul>
<li>Heavy sections and thick-walled pipes are hard to cut and need high cutting force</li>
<li>Irregularly shaped material is difficult to grab and feed</li>
<li>Stricter environmental rules called for less smoke from torch cutting</li>
</ul>
<h2>Solution</h2>
<p>The base uses two 36 t class excavators: one with a KD-ES400 heavy eagle-beak scrap shear that cuts long material into short pieces meeting furnace charge requirements, the other with a KD-OP30 orange-peel grab that sorts and feeds material and loads the finished product.</p>
<h2>Results</h2>
<p>Torch cutting fell by about 70%, about 400 t is cut each day, and smoke on site has dropped markedly. A Kede service engineer visits monthly to check blade clearances and guide blade rotation, and blade life has met expectations.</p>""",
        },
    },
    "products.Video": {
        "KD-VH250侧夹振动锤光伏打桩实拍": {
            "title": "KD-VH250 side-grip vibro hammer driving solar piles on site",
            "description": "On site at a solar plant in Jingmen, Hubei: the KD-VH250 picks a pile up off the ground with its side clamp, turns it upright and vibrates it in; a 3 m solar pile goes from pick-up to driven in under a minute.",
        },
        "KDB-140三角形静音破碎锤出厂性能测试": {
            "title": "KDB-140 triangular silenced breaker factory performance test",
            "description": "On Kede’s hydraulic attachment test bench, the KDB-140 goes through impact energy, blow rate and sealing tests, and its noise on site is compared with an open breaker of the same size.",
        },
        "KD-LR18加长臂河道清淤作业": {
            "title": "KD-LR18 long-reach front dredging a river",
            "description": "On site at the regulation project on a Xiangjiang tributary: a 21 t excavator fitted with a KD-LR18 long-reach front stands on the bank and, with an 18 m reach, removes silt from the middle of the river.",
        },
        "液压快换装置安装与安全使用教程": {
            "title": "Hydraulic quick coupler: installation and safe use",
            "description": "A service engineer shows how to connect the hoses and wiring of a hydraulic quick coupler and commission it for the first time, and explains how to check the dual safety lock and the correct steps for changing attachments.",
        },
    },
}
