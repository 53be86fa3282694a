//! How the article's text and Markdown are laid out: what plain text keeps of figures, and
//! how quotes are set apart in Markdown.

use declutter_article::{Options, extract};

/// Two paragraphs of a story about a bakery, about 400 characters, around `middle`.
fn story(middle: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>The bakery reopens</title></head><body><article>\
         <h1>The bakery reopens</h1>\
         <p>The bakery on Mill Street reopened on Saturday after a winter of repairs, and the \
         queue reached the corner before the doors opened at seven, as regulars came back.</p>\
         {middle}\
         <p>The owners say the new oven bakes twice as many loaves an hour, so the shelves \
         should stay full until closing time, even on the busiest days of the week.</p>\
         </article></body></html>"
    )
}

#[test]
fn plain_text_keeps_a_quote_table_or_code_set_in_a_figure_but_not_captions() {
    let html = story(
        "<figure class=\"wp-block-pullquote\"><blockquote><p>We waited all winter for this \
         bread, and it was worth every day of it.</p></blockquote>\
         <figcaption>A regular, on Saturday</figcaption></figure>\
         <figure class=\"wp-block-table\"><table><tr><th>Loaf</th><th>Price</th></tr>\
         <tr><td>Rye</td><td>4.20</td></tr></table></figure>\
         <figure class=\"highlight\"><pre><code>bake --loaves 120</code></pre></figure>\
         <figure><img src=\"https://example.com/oven.jpg\" alt=\"\">\
         <figcaption>The new oven (Photo: Jo Bloggs)</figcaption></figure>",
    );
    let a = extract(&html, &Options::default()).expect("extracts");
    for kept in ["We waited all winter", "Rye\t4.20", "bake --loaves 120"] {
        assert!(
            a.text.contains(kept),
            "{kept:?} missing from text:\n{}",
            a.text
        );
    }
    for left_out in ["A regular, on Saturday", "The new oven"] {
        assert!(
            !a.text.contains(left_out),
            "{left_out:?} in text:\n{}",
            a.text
        );
        assert!(
            a.text_content.contains(left_out),
            "{left_out:?} missing from textContent"
        );
    }
}

#[test]
fn markdown_sets_a_quote_apart_from_the_paragraph_before_it() {
    let html = story(
        "<blockquote><p>We waited all winter for this bread, and it was worth every day of \
         it.</p><p>It tastes the way it did when I was a child.</p></blockquote>",
    );
    let md = extract(&html, &Options::default())
        .expect("extracts")
        .markdown;
    assert!(
        md.contains(
            "as regulars came back.\n\n> We waited all winter for this bread, and it was worth \
             every day of it.\n>\n> It tastes the way it did when I was a child.\n\nThe owners"
        ),
        "{md}"
    );
}

#[test]
fn an_article_made_of_figures_alone_keeps_their_text_in_plain_text() {
    let cards: String = ["Pegasus Premium", "Vomero Plus", "Structure 26"]
        .iter()
        .map(|name| {
            format!(
                "<figure><a href=\"/p/{name}\"><img src=\"https://example.com/{name}.png\" \
                 alt=\"\"></a><figcaption>{name} men's road running shoes, $160</figcaption>\
                 </figure>"
            )
        })
        .collect();
    let html = format!(
        "<!DOCTYPE html><html><head><title>Running shoes</title></head><body><main>\
         <h1>Running shoes</h1><div class=\"grid\">{cards}</div></main></body></html>"
    );
    let a = extract(&html, &Options::default()).expect("extracts");
    assert!(
        a.text.contains("Vomero Plus men's road running shoes"),
        "{}",
        a.text
    );
    assert_eq!(a.text, a.text_content);
}
