//! Each shape as WordPress 6.1 renders it (`content.rendered`), taken from
//! the real WordPress of the importer's tests; the end-to-end checks of
//! the same shapes are in tests/wordpress_shapes.rs.

use super::*;

fn paragraphs(html: &str) -> Vec<String> {
    read(html).paragraphs
}

#[test]
fn text_blocks_become_paragraphs_with_entities_decoded() {
    let html = "<p>Decent work &amp; social protection&#8217;s <em>future</em></p>\n\
                <h2>Why</h2><ul><li>one<ul><li>nested</li></ul></li><li><p>two</p></li></ul>\n\
                <p>line<br>break</p><pre class=\"wp-block-verse\">a\n  b</pre>";
    assert_eq!(
        paragraphs(html),
        [
            "Decent work & social protection’s future",
            "Why",
            "one",
            "nested",
            "two",
            "line",
            "break",
            "a b"
        ]
    );
    assert_eq!(paragraphs("  plain\n text  "), ["plain text"]);
    assert_eq!(paragraphs("<p>&nbsp;</p><p> </p>"), Vec::<String>::new());
}

#[test]
fn a_quote_keeps_its_words_and_its_attribution() {
    let quote = "<blockquote class=\"wp-block-quote\">\n<p>Nobody should be left behind.</p>\n\
                 <cite>A member, Dakar</cite></blockquote>";
    let pulled = "<figure class=\"wp-block-pullquote\"><blockquote><p>Pulled words.</p>\
                  <cite>Someone</cite></blockquote></figure>";
    let classic = "<blockquote><p>Nobody should be left behind.<br />\n\
                   <cite>A member, Dakar</cite></p></blockquote>";
    let expected = ["Nobody should be left behind.", "— A member, Dakar"];
    assert_eq!(paragraphs(quote), expected);
    assert_eq!(paragraphs(classic), expected);
    assert_eq!(paragraphs(pulled), ["Pulled words.", "— Someone"]);
    // Outside a quote, <cite> is a title in running text.
    assert_eq!(
        paragraphs("<p>Read <cite>World Social Protection Report</cite> now.</p>"),
        ["Read World Social Protection Report now."]
    );
}

#[test]
fn a_caption_is_the_pictures_not_the_text() {
    let block = "<p>Before.</p><figure class=\"wp-block-image size-full\"><img decoding=\"async\" \
                 src=\"https://e.org/a.png\" alt=\"Alt here\" class=\"wp-image-5\"/><figcaption \
                 class=\"wp-element-caption\">Block caption</figcaption></figure><p>After.</p>";
    // [caption] when the theme has no html5 captions, and when it has.
    let classic = "<p>Before.</p>\n<div id=\"attachment_5\" style=\"width: 310px\" class=\"wp-caption \
                   alignnone\"><img aria-describedby=\"caption-attachment-5\" class=\"size-medium \
                   wp-image-5\" src=\"https://e.org/a.png\" alt=\"Alt here\" width=\"300\" height=\"200\" />\
                   <p id=\"caption-attachment-5\" class=\"wp-caption-text\">Block caption</p></div>\n<p>After.</p>";
    let html5 = "<p>Before.</p><figure id=\"attachment_5\" aria-describedby=\"caption-attachment-5\" \
                 class=\"wp-caption alignnone\"><img class=\"wp-image-5\" src=\"https://e.org/a.png\" \
                 alt=\"Alt here\" /><figcaption id=\"caption-attachment-5\" class=\"wp-caption-text\">\
                 Block caption</figcaption></figure><p>After.</p>";
    let picture = Picture {
        media: Some(5),
        src: "https://e.org/a.png".into(),
        alt: "Alt here".into(),
        caption: "Block caption".into(),
    };
    for html in [block, classic, html5] {
        let body = read(html);
        assert_eq!(body.paragraphs, ["Before.", "After."], "{html}");
        assert_eq!(body.pictures, std::slice::from_ref(&picture), "{html}");
        assert!(body.left_out.is_empty());
    }
    // Hand-written, and an aligned block image inside its <div>.
    let plain = read("<figure><img src=\"/b.jpg\" alt=\"\"><figcaption>Mine</figcaption></figure>");
    assert!(plain.paragraphs.is_empty());
    assert_eq!(plain.pictures[0].name(), "Mine");
    let aligned = read(
        "<div class=\"wp-block-image\">\n<figure class=\"aligncenter size-full\">\
                        <img src=\"/c.png\" alt=\"\" class=\"wp-image-14\"/></figure></div>",
    );
    assert_eq!(aligned.pictures[0].media, Some(14));
    assert_eq!(aligned.pictures[0].name(), "c.png");
}

#[test]
fn a_gallery_is_one_thing_left_out() {
    let block = "<figure class=\"is-layout-flex wp-block-gallery-1 wp-block-gallery has-nested-images\">\n\
                 <figure class=\"wp-block-image size-large\"><img src=\"/a.png\" alt=\"A\" class=\"wp-image-7\"/>\
                 <figcaption class=\"wp-element-caption\">First</figcaption></figure>\n\
                 <figure class=\"wp-block-image size-large\"><img src=\"/b.png\" alt=\"B\" class=\"wp-image-8\"/></figure>\n\
                 <figcaption class=\"blocks-gallery-caption wp-element-caption\">Two years</figcaption></figure>";
    let classic = "<style type=\"text/css\">#gallery-1 { margin: auto; }</style>\n\
                   <div id='gallery-1' class='gallery galleryid-34 gallery-columns-3'><dl class='gallery-item'>\n\
                   <dt class='gallery-icon landscape'><a href='/?attachment_id=7'><img src=\"/a.png\" alt=\"A\" /></a></dt>\n\
                   <dd class='wp-caption-text gallery-caption' id='gallery-1-7'>First</dd></dl>\
                   <dl class='gallery-item'><dt class='gallery-icon'><a href='/?attachment_id=8'><img src=\"/b.png\" alt=\"\" /></a></dt>\n\
                   <dd class='wp-caption-text gallery-caption'>Second</dd></dl><br style='clear: both' /></div>";
    for html in [block, classic] {
        let body = read(html);
        assert_eq!(body.paragraphs, Vec::<String>::new(), "{html}");
        assert!(body.pictures.is_empty());
        assert_eq!(body.left_out, [LeftOut::Gallery(2)]);
        assert_eq!(body.left_out[0].to_string(), "a gallery of 2 pictures");
    }
}

#[test]
fn an_embed_is_left_out_by_its_address() {
    let unfetched = "<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube\">\
                     <div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>";
    let fetched = "<figure class=\"wp-block-embed is-provider-youtube\"><div class=\"wp-block-embed__wrapper\">\
                   <iframe title=\"March\" src=\"https://www.youtube.com/embed/abc?feature=oembed\"></iframe></div></figure>";
    let classic = "<p>Watch.</p>\n<p>https://www.youtube.com/watch?v=abc</p>\n<p>Share.</p>";
    assert_eq!(
        read(unfetched).left_out,
        [LeftOut::Embed("https://www.youtube.com/watch?v=abc".into())]
    );
    assert_eq!(
        read(fetched).left_out,
        [LeftOut::Embed(
            "https://www.youtube.com/embed/abc?feature=oembed".into()
        )]
    );
    let body = read(classic);
    assert_eq!(body.paragraphs, ["Watch.", "Share."]);
    assert_eq!(
        body.left_out[0].to_string(),
        "an embed of https://www.youtube.com/watch?v=abc"
    );
    // An address inside a sentence is the sentence's.
    assert_eq!(
        paragraphs("<p>See https://usp2030.org for more.</p>"),
        ["See https://usp2030.org for more."]
    );
}

#[test]
fn what_the_site_cannot_show_is_named_never_kept_as_text() {
    let html = "<div class=\"is-layout-flex wp-block-buttons\">\n<div class=\"wp-block-button\"><a \
                class=\"wp-block-button__link wp-element-button\" href=\"https://e.org/join\">Join us</a></div>\n</div>\
                <div class=\"wp-block-file\"><a id=\"wp-block-file--media-1\" href=\"https://e.org/r-2021.pdf\">\
                Report</a><a href=\"https://e.org/r-2021.pdf\" class=\"wp-block-file__button\" download>Download</a></div>\
                <figure class=\"wp-block-table\"><table><thead><tr><th>Region</th><th>Covered</th></tr></thead>\
                <tbody><tr><td>Africa</td><td>17%</td></tr></tbody></table></figure>\
                <figure class=\"wp-block-video\"><video controls src=\"/m.mp4\"></video><figcaption>Filmed</figcaption></figure>\
                <ul class=\"wp-block-latest-posts__list wp-block-latest-posts\"><li><a href=\"/?p=1\">Hello world!</a></li></ul>\
                <form action=\"https://e.org/sign\"><input name=\"email\"><button>Sign</button></form>";
    let body = read(html);
    assert_eq!(body.paragraphs, Vec::<String>::new());
    let said: Vec<String> = body.left_out.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "a button \"Join us\" to https://e.org/join",
            "a file to download (\"r-2021.pdf\")",
            "a table (\"Region, Covered, Africa\")",
            "a video player",
            "a \"latest posts\" block",
            "a form"
        ]
    );
}

#[test]
fn wrappers_give_their_text_and_rules_only_end_a_paragraph() {
    let html = "<div class=\"is-layout-flex wp-block-columns\">\n<div class=\"is-layout-flow wp-block-column\">\n\
                <p>Left.</p>\n</div><div class=\"wp-block-column\"><p>Right.</p></div></div>\
                <div class=\"is-layout-constrained wp-block-group\"><div class=\"wp-block-group__inner-container\">\n\
                <p>Grouped.</p>\n</div></div>\
                <div style=\"height:100px\" aria-hidden=\"true\" class=\"wp-block-spacer\"></div>\
                <hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\
                <div class=\"wp-block-cover\"><span aria-hidden=\"true\" class=\"wp-block-cover__background\"></span>\
                <img class=\"wp-block-cover__image-background wp-image-7\" alt=\"\" src=\"/a.png\"/>\
                <div class=\"wp-block-cover__inner-container\">\n<p>Covered.</p>\n</div></div>\
                <!--more--><p><!--nextpage--></p><span id=\"more-12\"></span>";
    let body = read(html);
    assert_eq!(body.paragraphs, ["Left.", "Right.", "Grouped.", "Covered."]);
    assert_eq!(body.pictures.len(), 1);
    assert!(body.left_out.is_empty());
}

#[test]
fn nothing_executable_survives() {
    let html = "<p>Read<script>alert(1)</script> this</p><style>p{}</style>\
                <iframe src=\"https://evil.example\">x</iframe>\
                <p><img src=\"a.jpg\" onerror=\"alert(2)\"></p>\
                <p><a href=\"javascript:alert(3)\">link</a> &lt;b&gt;</p>";
    let body = read(html);
    assert_eq!(body.paragraphs, ["Read this", "link <b>"]);
    assert_eq!(
        body.left_out,
        [LeftOut::Embed("https://evil.example".into())]
    );
}

#[test]
fn wordpress_own_link_above_a_description_is_not_its_text() {
    let html = "<p class=\"attachment\"><a href='https://e.org/r.pdf'>Shapes report</a></p>\n\
                <p>A summary written in the media library.</p>\n";
    assert_eq!(
        paragraphs(html),
        ["A summary written in the media library."]
    );
}

#[test]
fn a_plugins_shortcode_is_named_and_its_text_kept() {
    let body = read(
        "<p>[contact-form-7 id=&#8221;12&#8243; title=&#8221;Contact&#8221;]</p>\
         <p>[su_note note_color=&#8221;#fff3cd&#8221;]Bring water.[/su_note]</p><p>Prices [sic].</p>",
    );
    assert_eq!(body.paragraphs, ["Bring water.", "Prices [sic]."]);
    assert_eq!(
        body.left_out,
        [
            LeftOut::Shortcode("contact-form-7".into()),
            LeftOut::Shortcode("su_note".into())
        ]
    );
}

#[test]
fn a_quoted_embed_is_the_embeds_text_not_the_items() {
    // Another WordPress post's address alone on a line, as WordPress 6.1
    // renders it; and a tweet, once oEmbed has fetched it.
    let post = "<blockquote class=\"wp-embedded-content\" data-secret=\"x\"><p><a href=\"https://e.org/?page_id=24\">\
                Written in blocks</a></p></blockquote><p><iframe class=\"wp-embedded-content\" \
                src=\"https://e.org/?page_id=24&#038;embed=true#?secret=x\"></iframe></p>";
    let tweet = "<figure class=\"wp-block-embed is-provider-twitter\"><div class=\"wp-block-embed__wrapper\">\
                 <blockquote class=\"twitter-tweet\"><p>Social protection now! <a href=\"https://t.co/a\">#USP</a></p>\
                 &mdash; Someone (@x) <a href=\"https://twitter.com/x/status/1\">May 1, 2022</a></blockquote>\
                 <script async src=\"https://platform.twitter.com/widgets.js\"></script></div></figure>";
    let body = read(post);
    assert!(body.paragraphs.is_empty(), "{body:?}");
    assert_eq!(
        body.left_out,
        [LeftOut::Embed("https://e.org/?page_id=24".into())]
    );
    let body = read(tweet);
    assert!(body.paragraphs.is_empty(), "{body:?}");
    assert_eq!(
        body.left_out,
        [LeftOut::Embed("https://twitter.com/x/status/1".into())]
    );
    // A caption under an embed is not its address.
    let captioned = "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n\
                     https://youtu.be/x\n</div><figcaption>Our march on video</figcaption></figure>";
    assert_eq!(
        read(captioned).left_out,
        [LeftOut::Embed("https://youtu.be/x".into())]
    );
}

#[test]
fn a_picture_in_any_form_is_found_and_a_video_in_a_pictures_place_is_named() {
    let fixed = "<div class=\"wp-block-cover has-parallax\"><span class=\"wp-block-cover__background\"></span>\
                 <div role=\"img\" class=\"wp-block-cover__image-background wp-image-12 has-parallax\" \
                 style=\"background-position:50% 50%;background-image:url(https://e.org/c.jpg)\"></div>\
                 <div class=\"wp-block-cover__inner-container\"><p>On a cover.</p></div></div>";
    let body = read(fixed);
    assert_eq!(body.paragraphs, ["On a cover."]);
    assert_eq!(body.pictures.len(), 1);
    assert_eq!(
        (body.pictures[0].media, body.pictures[0].src.as_str()),
        (Some(12), "https://e.org/c.jpg")
    );
    let video = "<div class=\"wp-block-media-text\"><figure class=\"wp-block-media-text__media\">\
                 <video controls src=\"/m.mp4\"></video></figure><div class=\"wp-block-media-text__content\">\
                 <p>Beside a video.</p></div></div>";
    let body = read(video);
    assert_eq!(body.paragraphs, ["Beside a video."]);
    assert_eq!(body.left_out, [LeftOut::Player("a video")]);
}

#[test]
fn words_broken_by_a_line_stay_apart_and_a_written_dash_is_not_doubled() {
    let body = read(
        "<figure class=\"wp-block-image\"><img src=\"/a.png\" alt=\"\">\
                     <figcaption>Line<br>two</figcaption></figure>",
    );
    assert_eq!(body.pictures[0].caption, "Line two");
    assert_eq!(
        paragraphs("<blockquote><p>Words.</p><cite>— A member</cite></blockquote>"),
        ["Words.", "— A member"]
    );
    // An address the editor linked is text, not an embed.
    let body = read("<p><a href=\"https://ally.org/\">https://ally.org/</a></p>");
    assert_eq!(body.paragraphs, ["https://ally.org/"]);
    assert!(body.left_out.is_empty());
}
