//! A story about a garden, four paragraphs of prose, shared by the tests that need text
//! nobody would take for boilerplate (`tests/unseen.rs`, `tests/threads.rs`).

/// Four paragraphs of a story about a garden, about 900 characters.
pub const GARDEN: [&str; 4] = [
    "Marigolds are the first line of defence in the vegetable beds, and their scent keeps \
     aphids and whiteflies away from the tomatoes planted beside them.",
    "Basil does the same for peppers, while nasturtiums draw the aphids onto themselves, \
     which is why gardeners call them a trap crop and plant them at the edges.",
    "Lavender and rosemary repel moths and fleas, and they bring in the bees that the squash \
     and cucumbers need to set their fruit in early summer, when the days are long.",
    "Chives planted under the roses keep black spot down, and garlic in the strawberry patch \
     discourages the slugs that would otherwise eat half of the harvest before it ripens.",
];
