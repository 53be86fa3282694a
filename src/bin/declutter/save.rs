//! `--output DIR`: one file per input, named from the article's title.

use std::collections::HashSet;
use std::fs::OpenOptions;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

/// Longest slug, in bytes: short enough for any file system's name limit (255 bytes) with
/// room for a counter and the extension, long enough to tell titles apart.
const MAX_SLUG_BYTES: usize = 80;

/// The slug when neither the title nor the input gives one.
const FALLBACK_SLUG: &str = "article";

/// Names that Windows reserves for devices, whatever the extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A file name stem from a title: lowercase letters and digits of any script, words joined
/// by `-`, nothing else (no dots, slashes or control characters, so never a path or a
/// hidden file), at most [`MAX_SLUG_BYTES`]. Empty when the title has no letters or digits.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in title.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            for lower in c.to_lowercase() {
                if out.len() + lower.len_utf8() > MAX_SLUG_BYTES {
                    return finish(out);
                }
                out.push(lower);
            }
        } else if !matches!(c, '\'' | '’' | '\u{ad}') {
            // Apostrophes and soft hyphens join: "don't" is "dont", not "don-t".
            gap = true;
        }
    }
    finish(out)
}

fn finish(mut slug: String) -> String {
    slug.truncate(slug.trim_end_matches('-').len());
    if RESERVED.contains(&slug.as_str()) {
        slug.push_str("-page");
    }
    slug
}

/// Writes files into one directory, each under a name not used before in this run.
pub struct Saver {
    dir: PathBuf,
    extension: &'static str,
    force: bool,
    used: HashSet<String>,
}

impl Saver {
    /// Creates `dir` if needed. `force` allows replacing files that exist.
    pub fn new(dir: &Path, extension: &'static str, force: bool) -> Result<Saver, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Saver {
            dir: dir.to_path_buf(),
            extension,
            force,
            used: HashSet::new(),
        })
    }

    /// Writes `contents` under a name made from the first usable candidate (the title, then
    /// the input's name), with `-2`, `-3`... when an earlier input of this run took that
    /// name. A file that was there before the run is replaced only with `force`; otherwise
    /// the error names it.
    pub fn save(&mut self, candidates: &[&str], contents: &str) -> Result<PathBuf, String> {
        let stem = candidates
            .iter()
            .map(|c| slug(c))
            .find(|s| !s.is_empty())
            .unwrap_or_else(|| FALLBACK_SLUG.to_string());
        let name = (1..)
            .map(|n| match n {
                1 => format!("{stem}.{}", self.extension),
                n => format!("{stem}-{n}.{}", self.extension),
            })
            .find(|name| !self.used.contains(name))
            .unwrap_or_default();
        let path = self.dir.join(&name);
        let mut open = OpenOptions::new();
        open.write(true);
        if self.force {
            open.create(true).truncate(true);
        } else {
            // Fails if anything, even a dangling link, is there: never overwrites.
            open.create_new(true);
        }
        let mut file = open.open(&path).map_err(|e| match e.kind() {
            ErrorKind::AlreadyExists => {
                format!("{} exists (--force replaces it)", path.display())
            }
            _ => format!("{}: {e}", path.display()),
        })?;
        self.used.insert(name);
        file.write_all(contents.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_names() {
        assert_eq!(
            slug("Storm closes the coast road: what we know"),
            "storm-closes-the-coast-road-what-we-know"
        );
        assert_eq!(slug("Don't panic!"), "dont-panic");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug(".hidden\u{0}file\n"), "hidden-file");
        assert_eq!(slug("Новая библиотека"), "новая-библиотека");
        assert_eq!(slug("Größtes Kraftwerk"), "größtes-kraftwerk");
        assert_eq!(slug("CON"), "con-page");
        assert_eq!(slug("— ? —"), "");
        let long = slug(&"Ünïcödé word ".repeat(40));
        assert!(long.len() <= MAX_SLUG_BYTES, "{long}");
        assert!(!long.ends_with('-'));
    }

    #[test]
    fn names_are_deduplicated_and_files_kept() {
        let dir = std::env::temp_dir().join(format!("declutter-save-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut saver = Saver::new(&dir, "md", false).expect("creates the directory");
        let a = saver.save(&["Same title"], "a").expect("saves");
        let b = saver.save(&["Same title"], "b").expect("saves");
        let c = saver.save(&["", "page.html"], "c").expect("saves");
        let d = saver.save(&["?"], "d").expect("saves");
        let names: Vec<_> = [&a, &b, &c, &d]
            .iter()
            .map(|p| p.file_name().and_then(|n| n.to_str()).unwrap_or_default())
            .collect();
        assert_eq!(
            names,
            [
                "same-title.md",
                "same-title-2.md",
                "page-html.md",
                "article.md"
            ]
        );

        let mut again = Saver::new(&dir, "md", false).expect("opens");
        let err = again.save(&["Same title"], "new").unwrap_err();
        assert!(
            err.ends_with("same-title.md exists (--force replaces it)"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&a).ok().as_deref(), Some("a"));

        let mut forced = Saver::new(&dir, "md", true).expect("opens");
        forced.save(&["Same title"], "new").expect("replaces");
        assert_eq!(std::fs::read_to_string(&a).ok().as_deref(), Some("new"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
