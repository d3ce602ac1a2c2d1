import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from products.factories import CaseFactory, CategoryFactory, ProductFactory, VideoFactory

pytestmark = pytest.mark.django_db


def test_product_center_shows_every_published_type_as_a_tile(client, catalog):
    CategoryFactory(name="松土器", slug="rippers", is_published=False)
    html = client.get("/products/").content.decode()
    tiles = html.split('class="tiles"')[1].split("</ul>")[0]
    assert "破碎锤" in tiles and "挖掘机挖斗" in tiles and "松土器" not in tiles


def test_type_page_lists_its_subcategories_and_all_their_products(client, catalog):
    response = client.get("/products/breakers/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "侧置式破碎锤" in html and "顶置式破碎锤" in html
    assert {p.name for p in response.context["products"]} == {
        "侧置式液压破碎锤",
        "侧置式小型破碎锤",
        "三角形静音破碎锤",
    }


def test_product_cards_show_model_number_and_key_specs(client, catalog):
    html = client.get("/products/breakers-side/").content.decode()
    card = html.split("KD-68S")[0].rsplit('class="product-card"', 1)[1] + html.split("KD-68S")[1].split("</article>")[0]
    assert "适用挖掘机" in card and "18–26 t" in card  # from the fitment range, first
    assert "冲击能量" in card and "2500 J" in card and "1650 kg" in card
    assert "工作流量" not in card  # not a key spec


def test_product_cards_show_at_most_three_key_specs_with_the_tonnage_first(client, catalog):
    catalog["fields"][2].is_key = True
    catalog["fields"][2].save()
    html = client.get("/products/breakers-side/").content.decode()
    card = html.split("KD-68S")[1].split("</article>")[0]
    assert card.index("18–26 t") < card.index("2500 J") < card.index("1650 kg")
    assert "工作流量" not in card  # a key spec, but a card shows three


def test_a_type_may_keep_the_tonnage_off_its_cards(client, catalog):
    catalog["breakers"].tonnage_is_key = False
    catalog["breakers"].save()
    html = client.get("/products/breakers-side/").content.decode()
    card = html.split("KD-68S")[1].split("</article>")[0]
    assert "适用挖掘机" not in card and "2500 J" in card and "1650 kg" in card


def test_category_page_is_paginated_twelve_a_page(client, catalog):
    for n in range(14):
        ProductFactory(category=catalog["top"], name=f"破碎锤{n}")
    first = client.get("/products/breakers-top/")
    assert len(first.context["products"]) == 12
    assert client.get("/products/breakers-top/?page=2").context["page_obj"].number == 2


@pytest.mark.parametrize(("page", "number"), [("abc", 1), ("-1", 2), ("0", 2), ("99999", 2), ("", 1)])
def test_bad_page_numbers_give_the_first_or_last_page(client, catalog, page, number):
    for n in range(14):
        ProductFactory(category=catalog["top"], name=f"破碎锤{n}")
    response = client.get("/products/breakers-top/", {"page": page})
    assert response.status_code == 200
    assert response.context["page_obj"].number == number


def test_empty_category_says_so(client, catalog):
    CategoryFactory(name="隧道臂", slug="booms-tunnel")
    html = client.get("/products/booms-tunnel/").content.decode()
    assert "暂无产品" in html


@pytest.mark.parametrize("path", ["/products/no-such/", "/products/no-such/kd-68s-x/", "/products/breakers/nothing/"])
def test_unknown_category_or_product_is_404(client, catalog, path):
    assert client.get(path).status_code == 404


def test_unpublished_category_is_404_with_its_products(client, catalog):
    catalog["side"].is_published = False
    catalog["side"].save()
    assert client.get("/products/breakers-side/").status_code == 404
    assert client.get(catalog["kd68"].get_absolute_url()).status_code == 404


def test_unpublished_type_hides_its_subcategories(client, catalog):
    catalog["breakers"].is_published = False
    catalog["breakers"].save()
    assert client.get("/products/breakers-top/").status_code == 404


def test_unpublished_product_is_404_for_visitors_and_previewed_by_staff(client, admin_client, catalog):
    catalog["kd68"].is_published = False
    catalog["kd68"].save()
    url = catalog["kd68"].get_absolute_url()
    assert client.get(url).status_code == 404
    response = admin_client.get(url)
    assert response.status_code == 200 and "草稿" in response.content.decode()


def test_product_page_shows_breadcrumb_spec_table_fitment_and_inquiry(client, catalog):
    response = client.get("/products/breakers-side/kd-68s/")
    html = response.content.decode()
    assert response.status_code == 200
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert (
        crumbs.index("产品中心")
        < crumbs.index("破碎锤")
        < crumbs.index("侧置式破碎锤")
        < crumbs.index("侧置式液压破碎锤")
    )
    table = html.split('class="spec-table"')[1].split("</table>")[0]
    assert table.index("适用挖掘机 (t)") < table.index("冲击能量 (J)") < table.index("工作重量 (kg)")
    assert table.index("工作重量 (kg)") < table.index("工作流量 (L/min)")
    assert "80-110" in table
    assert "18–26" in html and "沃尔沃 Volvo" in html and "小松 Komatsu" in html
    assert 'href="/service/message/?product=kd-68s"' in html


def test_product_page_lists_related_products_and_cases(client, catalog):
    case = CaseFactory(title="衡阳绕城高速石方开挖")
    case.products.add(catalog["kd68"])
    html = client.get("/products/breakers-side/kd-68s/").content.decode()
    assert "衡阳绕城高速石方开挖" in html
    related = html.split('id="related-title"')[1]
    assert "侧置式小型破碎锤" in related and "三角形静音破碎锤" not in related


def test_spec_table_shows_a_dash_where_a_value_is_missing(client, catalog):
    html = client.get(catalog["kd45"].get_absolute_url()).content.decode()
    assert "320" in html
    bare = ProductFactory(category=catalog["side"], name="新品")
    table = client.get(bare.get_absolute_url()).content.decode().split('class="spec-table"')[1].split("</table>")[0]
    assert table.count("<td>—</td>") == 3


def test_product_in_an_old_category_url_redirects_permanently(client, catalog):
    old_url = catalog["kd68"].get_absolute_url()
    catalog["kd68"].category = catalog["top"]
    catalog["kd68"].save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/products/breakers-top/kd-68s/"


def test_product_gallery_works_without_javascript(client, catalog):
    from core.factories import image_file
    from products.models import ProductImage

    product = ProductFactory(category=catalog["side"], with_cover=True)
    ProductImage.objects.create(product=product, image=image_file("g.jpg", (1600, 1200)), alt="侧面")
    html = client.get(product.get_absolute_url()).content.decode()
    assert 'id="image-0"' in html and 'id="image-1"' in html
    assert 'href="#image-1"' in html  # thumbnails are links to the slides
    assert 'width="1200" height="900"' in html


def test_product_cover_renditions_are_webp_with_srcset_and_dimensions(client, catalog):
    ProductFactory(category=catalog["top"], with_cover=True, name="带图产品")
    html = client.get("/products/breakers-top/").content.decode()
    card = html.split("带图产品")[0].rsplit("<article", 1)[1]
    assert ".webp" in card and "srcset=" in card and "400w" in card and "800w" in card
    assert 'width="400" height="300"' in card


def test_cases_and_videos_pages(client, catalog):
    case = CaseFactory(title="长沙地铁基坑支护", location="湖南长沙")
    case.products.add(catalog["kd68"])
    CaseFactory(title="未发布案例", is_published=False)
    video = VideoFactory(title="KD-68S 破碎作业演示")
    listing = client.get("/applications/cases/").content.decode()
    assert "长沙地铁基坑支护" in listing and "未发布案例" not in listing
    detail = client.get(case.get_absolute_url()).content.decode()
    assert "湖南长沙" in detail and "侧置式液压破碎锤" in detail
    videos = client.get("/applications/videos/").content.decode()
    assert "KD-68S 破碎作业演示" in videos and video.embed_url.replace("&", "&amp;") in videos


def test_video_embeds_are_allowed_by_the_content_security_policy(client, catalog):
    policy = client.get("/applications/videos/")["Content-Security-Policy"]
    assert "frame-src 'self' https://player.bilibili.com https://player.youku.com https://v.qq.com" in policy


def test_navigation_sub_menu_of_the_product_center_comes_from_the_category_tree(client, catalog):
    from pages.factories import PageFactory

    PageFactory(title="产品中心", slug="products")
    nav = client.get("/").content.decode().split('id="site-nav"')[1].split("</nav>")[0]
    assert 'href="/products/breakers/">破碎锤<' in nav and 'href="/products/buckets/">挖掘机挖斗<' in nav


@pytest.mark.parametrize("path", ["/products/breakers/", "/products/search/?type=breakers"])
def test_product_lists_keep_heading_levels_in_order(client, catalog, path):
    html = client.get(path).content.decode()
    main = html.split('<main id="main"')[1].split("</main>")[0]
    assert 'class="product-card__title"' in main
    assert "<h3" not in main.split('id="fitment-title"')[0]  # cards directly under the h1 are h2


def test_embedded_video_with_a_poster_loads_the_player_only_when_asked(client, catalog):
    from core.factories import image_file

    VideoFactory(title="液压剪拆除演示", poster=image_file("poster.jpg", (1280, 720)))
    html = client.get("/applications/videos/").content.decode()
    facade = html.split('class="video__facade"')[1].split("</a>")[0]
    assert 'href="https://player.bilibili.com/' in facade and ".webp" in facade
    assert "播放视频：液压剪拆除演示" in facade
    assert "<iframe" not in html.split('data-video-embed="')[1].split("</div>")[0]


def test_home_page_shows_types_featured_products_and_latest_cases(client, catalog):
    CaseFactory(title="长沙地铁基坑支护")
    CaseFactory(title="未发布的案例", is_published=False)
    html = client.get("/").content.decode()
    types = html.split('class="home-section home-types"')[1].split("</section>")[0]
    assert "破碎锤" in types and "挖掘机挖斗" in types
    featured = html.split('class="home-section home-featured"')[1].split("</section>")[0]
    assert "侧置式液压破碎锤" in featured and "三角形静音破碎锤" not in featured  # only the featured one
    cases = html.split('class="home-section home-cases"')[1].split("</section>")[0]
    assert "长沙地铁基坑支护" in cases and "未发布的案例" not in cases


def test_home_page_hides_empty_catalog_blocks(client, db):
    html = client.get("/").content.decode()
    assert "home-types" not in html and "home-featured" not in html and "home-cases" not in html


def test_the_brochure_downloads_under_the_product_name_not_its_random_stored_one(client, catalog):
    product = catalog["kd68"]
    product.brochure = SimpleUploadedFile("新样本 (最终版).pdf", b"%PDF-1.4\n%%EOF\n")
    product.save()
    html = client.get(product.get_absolute_url()).content.decode()
    assert f'href="{product.brochure.url}" download="kd-68s.pdf">' in html
    assert "最终版" not in html


def test_product_cards_are_kept_per_content_version_and_language(client, catalog, settings):
    settings.BENCH = True  # X-Bench-Render: every request renders the page (the cards may still come from the cache)
    render = {"HTTP_X_BENCH_RENDER": "1"}
    assert "侧置式液压破碎锤" in client.get("/products/breakers-side/", **render).content.decode()
    # A change that bypasses the signals (no new content version) is not seen: the card came from the cache.
    type(catalog["kd68"]).objects.filter(pk=catalog["kd68"].pk).update(name="改名的破碎锤")
    html = client.get("/products/breakers-side/", **render).content.decode()
    assert "侧置式液压破碎锤" in html and "改名的破碎锤" not in html
    # Another language is another card; the same product on the home page and a category page has its own too.
    english = client.get("/en/products/breakers-side/", **render).content.decode()
    assert "Model KD-68S" in english and "型号 KD-68S" not in english
    # A save (as in the admin) bumps the content version: the next rendering shows it, the second time too.
    for name in ("保存后的名字", "第二次保存"):
        catalog["kd68"].refresh_from_db()
        catalog["kd68"].name = name
        catalog["kd68"].save()
        assert name in client.get("/products/breakers-side/", **render).content.decode()


def test_the_cached_sidebar_tree_marks_each_pages_own_category_in_its_language(client, catalog):
    def sidebar(path):
        html = client.get(path).content.decode()
        return html.split('class="box category-tree"')[1].split("</nav>")[0]

    side, top = sidebar("/products/breakers-side/"), sidebar("/products/breakers-top/")
    assert 'href="/products/breakers-side/" aria-current="page"' in side
    assert 'href="/products/breakers-side/">' in top
    assert 'href="/products/breakers-top/" aria-current="page"' in top
    assert 'href="/en/products/breakers-side/" aria-current="page"' in sidebar("/en/products/breakers-side/")


def test_the_home_pages_sections_are_kept_per_content_version(client, catalog, settings, django_assert_max_num_queries):
    settings.BENCH = True
    render = {"HTTP_X_BENCH_RENDER": "1"}  # the page cache is skipped; fragments are not
    catalog["kd68"].is_featured = True
    catalog["kd68"].save()
    assert "侧置式液压破碎锤" in client.get("/", **render).content.decode()
    type(catalog["kd68"]).objects.filter(pk=catalog["kd68"].pk).update(name="改名的破碎锤")  # no new content version
    with django_assert_max_num_queries(3):  # the sections' products, cases, news and honors are not read again
        html = client.get("/", **render).content.decode()
    assert "侧置式液压破碎锤" in html and "改名的破碎锤" not in html
    assert "Featured products" in client.get("/en/", **render).content.decode()  # English has its own
    catalog["kd68"].refresh_from_db()
    catalog["kd68"].save()  # as the admin saves: the next rendering shows it
    assert "改名的破碎锤" in client.get("/", **render).content.decode()
