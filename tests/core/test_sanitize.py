import pytest

from core.sanitize import clean_html
from pages.factories import PageFactory

HOSTILE = [
    # (input, must not survive, must survive)
    ("<p>你好</p><script>alert(1)</script>", ["<script", "alert(1)"], ["<p>你好</p>"]),
    ('<img src="x.jpg" onerror="alert(1)">', ["onerror", "alert"], ['src="x.jpg"']),
    ('<a href="javascript:alert(1)">点我</a>', ["javascript:"], ["点我"]),
    ('<a href="JaVaScRiPt:alert(1)">点我</a>', ["alert(1)"], ["点我"]),
    ('<a href="&#106;avascript:alert(1)">x</a>', ["alert(1)"], []),
    ('<iframe src="https://evil.example/"></iframe><p>正文</p>', ["<iframe", "evil.example"], ["<p>正文</p>"]),
    ('<iframe src="https://player.bilibili.com/x"></iframe>', ["<iframe", "bilibili"], []),
    ("<style>body{display:none}</style><p>a</p>", ["<style", "display:none"], ["<p>a</p>"]),
    ('<p style="color:red" class="MsoNormal">Word 段落</p>', ["style=", "MsoNormal"], ["<p>Word 段落</p>"]),
    ('<div onclick="steal()"><p>x</p></div>', ["onclick", "<div"], ["<p>x</p>"]),
    ('<svg onload="alert(1)"><circle/></svg>', ["<svg", "onload"], []),
    ('<object data="x.swf"></object><embed src="x.swf">', ["<object", "<embed", "x.swf"], []),
    ('<form action="https://evil.example"><input name="p"></form>', ["<form", "<input"], []),
    # An external 1 × 1 image is a tracking pixel: removed. A small image of our own is kept.
    ('<img src="https://tracker.example/p.gif" width="1" height="1">', ["tracker.example", "<img"], []),
    ('<img src="/media/editor/dot.png" width="1" height="1" alt="点">', [], ['src="/media/editor/dot.png"']),
    ('<a href="https://www.example.com/" target="_blank">外链</a>', [], ['rel="noopener noreferrer"']),
    ("<!-- comment --><p>x</p>", ["comment"], ["<p>x</p>"]),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example">', ["<meta", "refresh"], []),
    ('<base href="https://evil.example/">', ["<base"], []),
    ('<img src="data:text/html;base64,PHNjcmlwdD4=">', ["data:text/html"], []),
    (
        '<figure class="image image-style-side evil"><img src="/media/a.jpg" alt="图"></figure>',
        ["evil"],
        ["image-style-side"],
    ),
]


@pytest.mark.parametrize(("dirty", "removed", "kept"), HOSTILE)
def test_hostile_html_is_cleaned(dirty, removed, kept):
    cleaned = clean_html(dirty)
    for fragment in removed:
        assert fragment.lower() not in cleaned.lower()
    for fragment in kept:
        assert fragment in cleaned


def test_editor_markup_survives_sanitizing():
    html = (
        "<h2>产品特点</h2><h3>结构</h3><p><strong>高强度</strong>耐磨钢板，<em>寿命长</em>。</p>"
        "<ul><li>一</li><li>二</li></ul><ol><li>步骤</li></ol>"
        '<figure class="image"><img src="/media/uploads/editor/a.jpg" alt="挖斗" width="800" height="600">'
        "<figcaption>挖斗</figcaption></figure>"
        "<table><thead><tr><th>型号</th></tr></thead><tbody><tr><td>KD-68</td></tr></tbody></table>"
        '<blockquote><p>引用</p></blockquote><p><a href="/about/">关于我们</a></p>'
    )
    assert clean_html(html) == html.replace('href="/about/"', 'href="/about/" rel="noopener noreferrer"')


@pytest.mark.django_db
@pytest.mark.parametrize(("dirty", "removed", "kept"), HOSTILE)
def test_rich_text_field_stores_sanitized_html(dirty, removed, kept):
    page = PageFactory(body=dirty)
    page.refresh_from_db()
    for fragment in removed:
        assert fragment.lower() not in page.body.lower()


@pytest.mark.django_db
def test_rich_text_that_is_only_empty_markup_is_stored_empty():
    page = PageFactory(body="<p>&nbsp;</p><script>x</script>")
    page.refresh_from_db()
    assert page.body == ""
