//! The CSS selectors of `removeSelectors` and `keepSelectors`.
//!
//! A deliberately small subset, matched on the flat index: type (`div`, `*`), `#id`,
//! `.class`, attribute tests (`[data-ad]`, `[role=note]`, `~=`, `^=`, `$=`, `*=`, `|=`), the
//! descendant and child combinators, and comma-separated lists. That covers what people
//! write to name page furniture; pseudo-classes and sibling combinators are refused with a
//! clear error. (The full `selectors` crate would cost about 60 KB of WebAssembly for
//! features nobody uses here.)

use crate::dom::{Dom, Ix};

/// Ancestors examined for a descendant combinator: enough for any real page, and a bound on
/// the work on pathological nesting.
const MAX_ANCESTORS: usize = 256;

/// A parsed selector list.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SelectorList(Vec<Complex>);

/// Compounds from right to left, each with the combinator that leads to the next one.
#[derive(Debug, Clone, PartialEq)]
struct Complex(Vec<(Compound, Combinator)>);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Combinator {
    /// The rightmost compound has no combinator.
    None,
    Descendant,
    Child,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Compound {
    tag: Option<String>,
    tests: Vec<Test>,
}

#[derive(Debug, Clone, PartialEq)]
enum Test {
    Id(String),
    Class(String),
    Attr(String, Op, String),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Exists,
    Equals,
    Word,
    Prefix,
    Suffix,
    Contains,
    Dash,
}

impl SelectorList {
    /// Parses `input`, or says what is wrong with it.
    pub(crate) fn parse(input: &str) -> Result<SelectorList, String> {
        let mut list = Vec::new();
        for part in split_top_level(input) {
            let part = part.trim();
            if part.is_empty() {
                return Err("empty selector in the list".into());
            }
            list.push(parse_complex(part)?);
        }
        Ok(SelectorList(list))
    }

    /// True when the element at `ix` matches one of the selectors.
    pub(crate) fn matches(&self, dom: &Dom, ix: Ix) -> bool {
        dom.is_element(ix) && self.0.iter().any(|c| c.matches(dom, ix))
    }
}

fn split_top_level(input: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, c) in input.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(&input[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&input[start..]);
    parts
}

fn parse_complex(input: &str) -> Result<Complex, String> {
    let mut compounds: Vec<(Compound, Combinator)> = Vec::new();
    let mut rest = input.trim();
    let mut combinator = Combinator::None;
    while !rest.is_empty() {
        let (compound, after) = parse_compound(rest)?;
        compounds.push((compound, combinator));
        let trimmed = after.trim_start();
        if trimmed.is_empty() {
            break;
        }
        if let Some(r) = trimmed.strip_prefix('>') {
            combinator = Combinator::Child;
            rest = r.trim_start();
        } else if trimmed.starts_with(['+', '~']) {
            return Err("sibling combinators (+, ~) are not supported".into());
        } else if trimmed.len() < after.len() {
            combinator = Combinator::Descendant;
            rest = trimmed;
        } else {
            return Err(format!(
                "unexpected {:?}",
                trimmed.chars().next().unwrap_or(' ')
            ));
        }
        if rest.is_empty() {
            return Err("a combinator needs a selector after it".into());
        }
    }
    // Store right to left, each compound with the combinator to its left neighbour.
    let mut out = Vec::with_capacity(compounds.len());
    for i in (0..compounds.len()).rev() {
        let next = if i > 0 {
            compounds[i].1
        } else {
            Combinator::None
        };
        out.push((compounds[i].0.clone(), next));
    }
    Ok(Complex(out))
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

fn take_ident(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !is_ident_char(c)).unwrap_or(s.len());
    (&s[..end], &s[end..])
}

fn parse_compound(input: &str) -> Result<(Compound, &str), String> {
    let mut c = Compound::default();
    let mut rest = input;
    if let Some(r) = rest.strip_prefix('*') {
        rest = r;
    } else {
        let (ident, r) = take_ident(rest);
        if !ident.is_empty() {
            c.tag = Some(ident.to_ascii_lowercase());
            rest = r;
        }
    }
    loop {
        if let Some(r) = rest.strip_prefix('#') {
            let (ident, r) = take_ident(r);
            if ident.is_empty() {
                return Err("# needs an id".into());
            }
            c.tests.push(Test::Id(ident.to_string()));
            rest = r;
        } else if let Some(r) = rest.strip_prefix('.') {
            let (ident, r) = take_ident(r);
            if ident.is_empty() {
                return Err(". needs a class name".into());
            }
            c.tests.push(Test::Class(ident.to_string()));
            rest = r;
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']').ok_or("unclosed [")?;
            c.tests.push(parse_attr(&r[..close])?);
            rest = &r[close + 1..];
        } else if rest.starts_with(':') {
            return Err("pseudo-classes and pseudo-elements are not supported".into());
        } else {
            break;
        }
    }
    if c.tag.is_none() && c.tests.is_empty() && !input.starts_with('*') {
        return Err(format!(
            "unexpected {:?}",
            input.chars().next().unwrap_or(' ')
        ));
    }
    Ok((c, rest))
}

fn parse_attr(inner: &str) -> Result<Test, String> {
    let inner = inner.trim();
    let ops = [
        ("~=", Op::Word),
        ("^=", Op::Prefix),
        ("$=", Op::Suffix),
        ("*=", Op::Contains),
        ("|=", Op::Dash),
        ("=", Op::Equals),
    ];
    for (token, op) in ops {
        if let Some(at) = inner.find(token) {
            let name = inner[..at].trim();
            let value = inner[at + token.len()..].trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            if name.is_empty() || !name.chars().all(is_ident_char) {
                return Err(format!("bad attribute name {name:?}"));
            }
            return Ok(Test::Attr(name.to_ascii_lowercase(), op, value.to_string()));
        }
    }
    if inner.is_empty() || !inner.chars().all(is_ident_char) {
        return Err(format!("bad attribute test [{inner}]"));
    }
    Ok(Test::Attr(
        inner.to_ascii_lowercase(),
        Op::Exists,
        String::new(),
    ))
}

impl Complex {
    fn matches(&self, dom: &Dom, ix: Ix) -> bool {
        self.match_from(dom, 0, ix)
    }

    /// Does compound `i` (and everything left of it) match with compound `i` at `ix`?
    fn match_from(&self, dom: &Dom, i: usize, ix: Ix) -> bool {
        let Some((compound, combinator)) = self.0.get(i) else {
            return true;
        };
        if !compound.matches(dom, ix) {
            return false;
        }
        match combinator {
            Combinator::None => true,
            Combinator::Child => dom
                .parent(ix)
                .is_some_and(|p| self.match_from(dom, i + 1, p)),
            Combinator::Descendant => dom
                .ancestors(ix)
                .take(MAX_ANCESTORS)
                .any(|a| self.match_from(dom, i + 1, a)),
        }
    }
}

impl Compound {
    fn matches(&self, dom: &Dom, ix: Ix) -> bool {
        let Some(name) = dom.name(ix) else {
            return false;
        };
        if let Some(tag) = &self.tag {
            if !name.eq_ignore_ascii_case(tag) {
                return false;
            }
        }
        self.tests.iter().all(|t| match t {
            Test::Id(id) => dom.attr(ix, "id") == Some(id.as_str()),
            Test::Class(class) => dom
                .attr(ix, "class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|x| x == class)),
            Test::Attr(name, op, value) => dom.attr(ix, name).is_some_and(|v| match op {
                Op::Exists => true,
                Op::Equals => v == value,
                Op::Word => v.split_ascii_whitespace().any(|w| w == value),
                Op::Prefix => !value.is_empty() && v.starts_with(value.as_str()),
                Op::Suffix => !value.is_empty() && v.ends_with(value.as_str()),
                Op::Contains => !value.is_empty() && v.contains(value.as_str()),
                Op::Dash => v == value || v.starts_with(&format!("{value}-")),
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn matching(selector: &str, page: &str) -> Vec<String> {
        let dom = crate::parse::document(page);
        let list = SelectorList::parse(selector).unwrap();
        (0..dom.len() as Ix)
            .filter(|&ix| list.matches(&dom, ix))
            .map(|ix| dom.text_of(ix))
            .collect()
    }

    #[test]
    fn subset_matches_like_css() {
        let page = r#"<div class="ad top" id="a1">A</div><aside><p data-x="yes">B</p></aside>
            <section><div><p class="note">C</p></div></section><p lang="en-GB">D</p>"#;
        assert_eq!(matching(".ad", page), ["A"]);
        assert_eq!(matching("div#a1.top", page), ["A"]);
        assert_eq!(matching("aside p", page), ["B"]);
        assert_eq!(matching("section > p", page), Vec::<String>::new());
        assert_eq!(matching("section p.note, [data-x=yes]", page), ["B", "C"]);
        assert_eq!(matching("[lang|=en]", page), ["D"]);
        assert_eq!(matching("[class*=to]", page), ["A"]);
        assert_eq!(matching("p[data-x]", page), ["B"]);
    }

    #[test]
    fn unsupported_syntax_is_refused() {
        for bad in [
            "div[", "a:hover", "h1 + p", "div >", ",", "#", "p ~ p", "[=x]",
        ] {
            assert!(SelectorList::parse(bad).is_err(), "{bad}");
        }
    }
}
