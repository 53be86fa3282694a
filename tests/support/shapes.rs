//! Pages of a given size and shape, shared by the memory test (`tests/memory.rs`) and the
//! scaling benchmark (`benches/scaling.rs`):
//! - `article`: a news page (navigation, an article of paragraphs with links, lists, images
//!   and subheadings, a sidebar, a footer), its article repeated to reach the size;
//! - `text`: one article of long paragraphs, little markup;
//! - `tiny`: elements holding one character each (`<span>x</span>`);
//! - `line`: one paragraph on a single line;
//! - `nested`: `<div>`s nested as deep as the size allows, text at the bottom.

pub fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Scaling test \
         page | Example News</title></head><body>{body}</body></html>"
    )
}

/// Repeats `unit` until `target` bytes are reached.
pub fn repeat_to(unit: &str, target: usize) -> String {
    let mut out = String::with_capacity(target + unit.len());
    while out.len() < target {
        out.push_str(unit);
    }
    out
}

const NEWS_UNIT: &str = "<h2>A subheading in the story</h2>\
<p>The council voted on Tuesday to extend the programme, after a debate that ran late into \
the evening and drew <a href=\"/local/council\">residents from across the district</a>. \
Supporters said the money would keep the service running through the winter.</p>\
<figure><img src=\"/img/photo.jpg\" alt=\"The council chamber\"><figcaption>The council \
chamber on Tuesday.</figcaption></figure>\
<p>Opponents argued that the plan, which costs more than last year's, had not been costed \
properly, and asked for an independent review before any further spending is agreed.</p>\
<ul><li>First point raised in the debate</li><li>Second point, with a \
<a href=\"/more\">link</a></li></ul>\
<blockquote><p>\"We have to get this right for the people who depend on it,\" one member \
said.</p></blockquote>\n";

pub fn article(size: usize) -> String {
    let chrome = "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> \
        <a href=\"/sport\">Sport</a></nav></header>";
    let side = "<aside><h3>Most read</h3><ul><li><a href=\"/a\">One story</a></li>\
        <li><a href=\"/b\">Another story</a></li></ul></aside>\
        <footer><p>Example News, all rights reserved.</p></footer>";
    page(&format!(
        "{chrome}<main><article><h1>The council extends the programme</h1>{}</article></main>{side}",
        repeat_to(NEWS_UNIT, size)
    ))
}

pub fn text(size: usize) -> String {
    let sentence = "Plain prose goes on and on here, sentence after sentence, with commas. ";
    let para = format!("<p>{}</p>\n", sentence.repeat(60));
    page(&format!(
        "<article><h1>A very long text</h1>{}</article>",
        repeat_to(&para, size)
    ))
}

pub fn tiny(size: usize) -> String {
    page(&format!("<div>{}</div>", repeat_to("<span>x</span>", size)))
}

pub fn line(size: usize) -> String {
    page(&format!("<p>{}</p>", repeat_to("word ", size)))
}

pub fn nested(size: usize) -> String {
    let depth = size / 11;
    format!(
        "{}<p>{}</p>{}",
        "<div>".repeat(depth),
        "Text at the bottom of the nesting, long enough to be read. ".repeat(10),
        "</div>".repeat(depth)
    )
}
