"""factory-boy factories for the service app; used by the tests."""

import factory

from .models import Message, Office, RepairRequest, RepairStep
from .provinces import region_of


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    name = factory.Sequence(lambda n: f"办事处{n}")
    kind = Office.Kind.OFFICE
    province = "hunan"
    region = factory.LazyAttribute(lambda o: region_of(o.province))
    city = "长沙"
    address = "长沙市岳麓区麓谷大道1号"
    phone = "0731-84562211"
    contact_person = "张经理"
    email = factory.Sequence(lambda n: f"office{n}@kedegroup.cn")
    provinces_covered = factory.LazyAttribute(lambda o: [o.province])


class RepairStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RepairStep

    title = factory.Sequence(lambda n: f"步骤{n}")
    text = "说明设备型号和故障现象。"
    order = factory.Sequence(lambda n: n)


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message
        skip_postgeneration_save = True

    name = "王先生"
    phone = "+8613812345678"
    email = "wang@example.com"
    company = "衡阳土方工程公司"
    province = "hunan"
    subject = factory.Sequence(lambda n: f"咨询破碎锤{n}")
    body = "请问KD-68破碎锤适配20吨挖掘机吗？"


class RepairRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RepairRequest

    contact_name = "李师傅"
    phone = "+8613923456789"
    province = "hunan"
    brand_model = "科德 KD-68"
    fault = "打击无力，漏油。"
