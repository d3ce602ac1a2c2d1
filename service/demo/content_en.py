# ruff: noqa: E501 -- long lines of prose and HTML
"""English texts of the service's demo content (see service/demo/content.py): model label → lookup → fields."""

ENGLISH = {
    "service.Office": {
        "衡阳营销中心": {
            "name": "Hengyang Sales Centre",
            "city": "Hengyang",
            "address": "No. 8 Kede Road, Baishazhou Industrial Park, Hengyang, Hunan Province",
        },
        "武汉办事处": {
            "name": "Wuhan Office",
            "city": "Wuhan",
            "address": "No. 66 Longyang Avenue, Hanyang District, Wuhan, Hubei Province",
        },
        "郑州办事处": {
            "name": "Zhengzhou Office",
            "city": "Zhengzhou",
            "address": "No. 1101 Hanghai East Road, Guancheng District, Zhengzhou, Henan Province",
        },
        "广州办事处": {
            "name": "Guangzhou Office",
            "city": "Guangzhou",
            "address": "No. 202 Shiguang Road, Panyu District, Guangzhou, Guangdong Province",
        },
        "南宁办事处": {
            "name": "Nanning Office",
            "city": "Nanning",
            "address": "No. 18 Anji Avenue, Xixiangtang District, Nanning, Guangxi Zhuang Autonomous Region",
        },
        "上海办事处": {
            "name": "Shanghai Office",
            "city": "Shanghai",
            "address": "No. 4588 Cao’an Highway, Jiading District, Shanghai",
        },
        "合肥办事处": {
            "name": "Hefei Office",
            "city": "Hefei",
            "address": "No. 888 Dalian Road, Baohe District, Hefei, Anhui Province",
        },
        "福州办事处": {
            "name": "Fuzhou Office",
            "city": "Fuzhou",
            "address": "No. 150 Jianxin North Road, Cangshan District, Fuzhou, Fujian Province",
        },
        "济南办事处": {
            "name": "Jinan Office",
            "city": "Jinan",
            "address": "No. 2999 Jingshi West Road, Huaiyin District, Jinan, Shandong Province",
        },
        "成都办事处": {
            "name": "Chengdu Office",
            "city": "Chengdu",
            "address": "No. 1 Rongdu Avenue, Industrial East Zone, Xindu District, Chengdu, Sichuan Province",
        },
        "昆明办事处": {
            "name": "Kunming Office",
            "city": "Kunming",
            "address": "No. 320 Kunluo Road, Guandu District, Kunming, Yunnan Province",
        },
        "北京办事处": {
            "name": "Beijing Office",
            "city": "Beijing",
            "address": "No. 99 Jingkai Road, Daxing District, Beijing",
        },
        "西安办事处": {
            "name": "Xi’an Office",
            "city": "Xi’an",
            "address": "No. 6 Fengcheng 12th Road, Weiyang District, Xi’an, Shaanxi Province",
        },
        "沈阳办事处": {
            "name": "Shenyang Office",
            "city": "Shenyang",
            "address": "No. 210 Shenxin Road, Yuhong District, Shenyang, Liaoning Province",
        },
        "呼和浩特经销商": {
            "name": "Hohhot Dealer",
            "city": "Hohhot",
            "address": "No. 58 South Second Ring Road, Saihan District, Hohhot, Inner Mongolia Autonomous Region",
        },
        "乌鲁木齐经销商": {
            "name": "Urumqi Dealer",
            "city": "Urumqi",
            "address": "No. 9 Midong Avenue, Midong District, Urumqi, Xinjiang Uygur Autonomous Region",
        },
        "长沙经销商": {
            "name": "Changsha Dealer",
            "city": "Changsha",
            "address": "No. 298 Airport Avenue, Yuhua District, Changsha, Hunan Province",
        },
        "苏州经销商": {
            "name": "Suzhou Dealer",
            "city": "Suzhou",
            "address": "No. 71 Yangchenghu Avenue, Xiangcheng District, Suzhou, Jiangsu Province",
        },
    },
    "service.RepairStep": {
        "报修": {
            "title": "Request",
            "text": "Call the service hotline 400-0734-868 or submit a repair request online, giving the equipment model and the fault, ideally with photos.",
        },
        "初步诊断": {
            "title": "First diagnosis",
            "text": "An engineer assesses the description and photos and tells you the likely cause and the estimated cost.",
        },
        "发运或上门": {
            "title": "Shipping or site visit",
            "text": "For faults that can be fixed on site we send an engineer; equipment that has to come to the factory is shipped by the customer or we help arrange transport.",
        },
        "拆检与报价": {
            "title": "Inspection and quotation",
            "text": "Within 24 hours of arrival the equipment is stripped and inspected, and we send an inspection report and repair quotation with photos of the worn parts.",
        },
        "确认与维修": {
            "title": "Approval and repair",
            "text": "Repair starts once the customer approves the plan and the price, always with original parts or parts of equal quality.",
        },
        "测试": {
            "title": "Testing",
            "text": "The attachment is tested on the bench for pressure, flow and impact performance, and the test data are recorded.",
        },
        "交付与回访": {
            "title": "Delivery and follow-up",
            "text": "The equipment goes back to the customer with a list of the work done; we call within 7 days to ask how it is running.",
        },
    },
}
