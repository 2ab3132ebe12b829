//! Search: the field in the header, the results that it and the search page
//! show, the debounced search behind both, and the keys that move through
//! the results.

mod address;
mod findings;
mod header;
mod input;
mod keys;
mod results;
mod running;

pub use address::{as_is, search_href};
pub use findings::Findings;
pub use header::{
    BUTTON_ID, FIELD_ID, PAGE_FIELD_ID, SiteSearch, focus_search_on_slash, is_search_shortcut,
};
pub use input::SearchInput;
pub use keys::move_through_results;
pub use results::{BrowseLinks, SearchResults};
pub use running::use_search;
