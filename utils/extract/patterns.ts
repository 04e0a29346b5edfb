/**
 * The wording the cleanup passes recognise. Kept together so the rules can be
 * read (and reviewed against real pages) in one place.
 */

/** Signup wording: a box with these words and little else is a newsletter promo. */
export const SIGNUP_WORDS = /\b(?:sign(?:ing)? up|subscribe|newsletters?|inbox|unsubscribe)\b/i;
/** Opening words of a one-line signup promo inside the story. */
export const SIGNUP_LEAD = /^(?:sign up (?:for|to)|subscribe to (?:our|the)|get (?:our|the) [\w\s-]{0,40}newsletter|want (?:more|the latest)[^.?]{0,60}\? sign up|(?:daily|weekly|free)? ?newsletter:)/i;
/** Whole texts of ad labels. */
export const AD_LABEL = /^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|story continues below(?: this)? advertisement|article continues below(?: this)? (?:ad|advertisement)|continue reading (?:the main story|below)|scroll to continue(?: with content)?|anzeige|publicité|publicidad)$/i;
/** Ad containers by class or id token (split on - _ and space so "shadow" or "header" never match). */
export const AD_TOKEN = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|adslot|ad-slot|adunit|dfp|gpt-ad|adsbygoogle|sponsored|taboola|outbrain)(?:$|[\s_-])/;
/** Headings of link lists that point elsewhere. */
export const RELATED_HEADING = /^(?:related(?: stories| articles| content| coverage| links| news| reading)?|recommended(?: for you| stories| reading)?|(?:more|also) (?:from|on|in) [\w\s.'’-]{1,40}|more stories|more news|most (?:popular|read|viewed|shared|emailed)|trending(?: now| stories)?|popular (?:now|stories)|you (?:may|might) (?:also )?like|don'?t miss|editors'? picks|top stories|what to read next|read next|up next|latest news)\s*:?$/i;
/** Single-line link announcers in the story ("RELATED: …", "READ MORE: …"). */
export const RELATED_LINE = /^(?:related|read more|more|see also|read also|also read|watch|recommended|further reading|click here)\s*:/i;
/** Share buttons' words (or their aria-labels). */
export const SHARE_WORD = /^(?:share(?: on| via| this| article| story)?(?: \w+)?|tweet|email|e-mail|mail|print|copy(?: link)?|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|telegram|messenger|comments?|save|bookmark|\d+)$/i;
export const SHARE_HREF = /facebook\.com\/sharer|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/share|wa\.me\/|api\.whatsapp|pinterest\.[a-z]+\/pin\/create|reddit\.com\/submit|^mailto:\?|share\.flipboard|t\.me\/share/i;
/** Links that lead away from the story instead of continuing it. */
export const CALL_TO_ACTION = /^(?:read (?:the )?(?:full|whole|complete|entire|original) (?:story|article|report)|continue reading|keep reading|read more|view (?:the )?(?:full|original) (?:story|article)|read (?:the )?rest of (?:the|this) (?:story|article)|read on)\b[\s›»>→.…]*$/i;
