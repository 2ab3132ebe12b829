use std::sync::Arc;

use inspir_content::Bundle;
use leptos::prelude::*;

use crate::components::cards::ReportCard;
use crate::components::page_head::SectionHeading;

/// `/reports`: every publication, newest first.
#[component]
pub fn ReportsPage(content: Arc<Bundle>) -> impl IntoView {
    let mut reports = content.reports.clone();
    reports.sort_by_key(|r| std::cmp::Reverse(r.year));
    let cards = reports
        .into_iter()
        .map(|report| view! { <ReportCard report /> })
        .collect_view();
    view! {
        <SectionHeading section=content.reports_page.clone() />
        <ul class="cards" role="list">{cards}</ul>
    }
}
