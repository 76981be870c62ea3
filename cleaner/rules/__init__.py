"""The one ordered registry of rules. Order matters: label rules run first, so the structural rules
(section cuts, the article's extent) see a page already free of buttons and banners.

Adding a rule: write a function in the module of its concern, give it a one-line docstring (it becomes
the summary in ``cleaner rules``), and list it here. Its function name is its name everywhere.
"""

from __future__ import annotations

from cleaner.rules.base import Drop, Rule, RuleContext, RuleFn, describe
from cleaner.rules.chrome import (
    drop_consent_banner,
    drop_copyright,
    drop_glued_links,
    drop_newsletter_prompts,
    drop_placeholder_text,
    drop_post_controls,
    drop_poster_cards,
    drop_screen_reader_text,
    drop_site_chrome,
    drop_symbol_lines,
)
from cleaner.rules.items import (
    drop_action_buttons,
    drop_item_controls,
    drop_item_labels,
    drop_item_repeats,
    drop_page_controls,
)
from cleaner.rules.media import drop_image_credits, drop_player_residue
from cleaner.rules.promos import drop_affiliate_disclosures, drop_closing_promos, drop_site_blurb
from cleaner.rules.related import (
    drop_author_bio,
    drop_closing_bio,
    drop_comment_section,
    drop_comment_threads,
    drop_disclaimer,
    drop_headline_lists,
    drop_inline_related_links,
    drop_post_comments,
    drop_related_section,
    drop_teaser_excerpts,
)
from cleaner.rules.shop import (
    drop_more_products,
    drop_offered_products,
    drop_other_products,
    drop_purchase_controls,
    drop_review_section,
    drop_review_thread,
    drop_shop_banners,
    drop_shop_policies,
    drop_shop_tooltips,
    drop_shopper_widgets,
)
from cleaner.rules.social import drop_ad_labels, drop_counters, drop_social_buttons
from cleaner.rules.structure import (
    drop_above_breadcrumb,
    drop_above_thread_title,
    drop_after_closing_controls,
    drop_after_footer,
    drop_before_headline,
    drop_boilerplate_containers,
    drop_duplicate_lines,
    drop_html_landmarks,
    drop_leading_menu,
    drop_link_lists,
    drop_outside_article,
    drop_outside_content_landmark,
    drop_product_reviews,
    drop_side_notes,
    drop_trailing_fragments,
)
from cleaner.rules.templates import drop_site_template

HTML_ONLY = frozenset({"html"})
# HTML names an author box by its classes (drop_side_notes); a dump has only its wording.
TEXT_ONLY = frozenset({"text"})


ALL_KINDS = frozenset({"text", "html"})


def _rule(
    fn: RuleFn, kinds: frozenset[str] = ALL_KINDS, *, spares_items: frozenset[str] = frozenset()
) -> Rule:
    return Rule(name=fn.__name__, fn=fn, summary=describe(fn), kinds=kinds, spares_items=spares_items)


RULES: tuple[Rule, ...] = (
    _rule(drop_html_landmarks, HTML_ONLY),
    _rule(drop_boilerplate_containers, HTML_ONLY),
    _rule(drop_side_notes, HTML_ONLY),
    _rule(drop_product_reviews, HTML_ONLY),
    _rule(drop_other_products, HTML_ONLY),
    _rule(drop_review_section, HTML_ONLY),
    _rule(drop_shop_policies, HTML_ONLY),
    _rule(drop_shopper_widgets, HTML_ONLY),
    _rule(drop_shop_tooltips, HTML_ONLY),
    _rule(drop_shop_banners, HTML_ONLY),
    _rule(drop_purchase_controls, HTML_ONLY),
    _rule(drop_more_products, HTML_ONLY),
    _rule(drop_review_thread, TEXT_ONLY),
    _rule(drop_item_controls, HTML_ONLY),
    _rule(drop_link_lists, spares_items=HTML_ONLY),
    _rule(drop_player_residue),
    _rule(drop_consent_banner),
    _rule(drop_newsletter_prompts),
    _rule(drop_social_buttons),
    _rule(drop_ad_labels),
    _rule(drop_counters),
    _rule(drop_site_chrome),
    _rule(drop_copyright),
    _rule(drop_placeholder_text),
    _rule(drop_screen_reader_text, HTML_ONLY),
    _rule(drop_affiliate_disclosures),
    _rule(drop_image_credits),
    _rule(drop_symbol_lines, spares_items=ALL_KINDS),
    _rule(drop_comment_section),
    _rule(drop_comment_threads),
    _rule(drop_inline_related_links),
    _rule(drop_related_section, spares_items=HTML_ONLY),
    _rule(drop_headline_lists, spares_items=ALL_KINDS),
    _rule(drop_author_bio, TEXT_ONLY),
    _rule(drop_disclaimer, TEXT_ONLY),
    _rule(drop_site_template),
    _rule(drop_above_thread_title, TEXT_ONLY),
    _rule(drop_duplicate_lines, spares_items=HTML_ONLY),
    _rule(drop_before_headline, HTML_ONLY, spares_items=HTML_ONLY),
    _rule(drop_outside_content_landmark, HTML_ONLY, spares_items=HTML_ONLY),
    _rule(drop_after_footer, TEXT_ONLY),
    _rule(drop_above_breadcrumb, TEXT_ONLY),
    _rule(drop_outside_article, spares_items=ALL_KINDS),
    # On HTML the writer's box is looked for only at the end of the article this rule has cut (cheaper, and
    # no box above it is the writer's), so the same rule stands here for HTML and above for dumps.
    _rule(drop_author_bio, HTML_ONLY),
    _rule(drop_trailing_fragments, spares_items=ALL_KINDS),
    _rule(drop_offered_products, TEXT_ONLY),
    _rule(drop_closing_promos),
    _rule(drop_post_controls),
    _rule(drop_post_comments, TEXT_ONLY),
    _rule(drop_poster_cards, TEXT_ONLY),
    _rule(drop_glued_links, TEXT_ONLY),
    _rule(drop_teaser_excerpts, TEXT_ONLY),
    _rule(drop_site_blurb, TEXT_ONLY),
    _rule(drop_after_closing_controls),
    _rule(drop_closing_bio, TEXT_ONLY),
    _rule(drop_action_buttons, TEXT_ONLY, spares_items=ALL_KINDS),
    _rule(drop_leading_menu, TEXT_ONLY),
    _rule(drop_item_labels, HTML_ONLY),
    _rule(drop_item_repeats, HTML_ONLY),
    _rule(drop_page_controls, HTML_ONLY),
)

# Each name once, in the order of its first entry (a rule may stand at one place for dumps, another for HTML).
RULE_NAMES: tuple[str, ...] = tuple(dict.fromkeys(r.name for r in RULES))

__all__ = ["RULES", "RULE_NAMES", "Drop", "Rule", "RuleContext"]
