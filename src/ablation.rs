//! Switching one rule off, to measure what it contributes (cargo feature `ablation`, for
//! `scripts/ablate.py`; never in a release of the library or the WebAssembly module).
//!
//! A rule that learned the pages it was tuned on gains on the `tune` half of a corpus and
//! not on `check`; one that does harm anywhere gains on neither. Switching each rule off in
//! turn over every corpus shows both: with the feature on, the environment variable
//! [`VARIABLE`] names the rule switched off, as a part of its name in `removed`
//! (`class/id ~ "rating"`, `link-dense block`, `(lead)`), or one of the judge's steps
//! (`judge: rescue`, `judge: gutted`, `judge: fragment`, `judge: stripped`,
//! `judge: alternatives`).

use std::sync::OnceLock;

/// The environment variable naming the rule switched off.
pub const VARIABLE: &str = "DECLUTTER_ABLATE";

fn switched_off() -> Option<&'static str> {
    static OFF: OnceLock<Option<String>> = OnceLock::new();
    OFF.get_or_init(|| std::env::var(VARIABLE).ok().filter(|v| !v.is_empty()))
        .as_deref()
}

/// Whether a removal by `rule` is switched off.
pub(crate) fn removal_off(rule: &str) -> bool {
    switched_off().is_some_and(|off| rule.contains(off))
}

/// Whether the judge's step `step` (`rescue`, `gutted`...) is switched off.
pub(crate) fn judge_off(step: &str) -> bool {
    switched_off().is_some_and(|off| off.strip_prefix("judge: ") == Some(step))
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_match_as_parts_and_steps_whole() {
        // The variable is read once per process: the test reads what the process was given.
        match std::env::var(super::VARIABLE).ok().as_deref() {
            None | Some("") => {
                assert!(!super::removal_off(
                    "link-dense block (60% of its text in links)"
                ));
                assert!(!super::judge_off("rescue"));
            }
            Some("link-dense") => {
                assert!(super::removal_off(
                    "link-dense block (60% of its text in links)"
                ));
                assert!(!super::removal_off(
                    "mostly links (60% of its text in links)"
                ));
                assert!(!super::judge_off("rescue"));
            }
            Some(_) => {}
        }
    }
}
