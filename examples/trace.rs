//! A developer's trace of one extraction (see `declutter_article::trace`): each attempt's
//! flags, roots and length, and every removal with its rule.
//!
//! Usage: `cargo run --release --example trace -- PAGE.html [URL]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: trace PAGE.html [URL]")?;
    let bytes = std::fs::read(&path)?;
    let html = String::from_utf8_lossy(&bytes);
    let options = declutter_article::Options {
        url: args.next(),
        ..Default::default()
    };
    print!("{}", declutter_article::trace(&html, &options)?);
    Ok(())
}
