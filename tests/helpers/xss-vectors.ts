/**
 * An XSS corpus written for Lede, generated combinatorially: every vector
 * tries to run script, navigate, submit, fetch something that is not an
 * image, or restyle/clobber the extension page. Each payload that could run
 * calls `__xss(id)`, which the e2e harness turns into a beacon, so a test can
 * tell which vector fired.
 */

/** One vector: an id (for the beacon) and its HTML. */
export interface Vector {
  id: string;
  html: string;
}

/** Where a vector that gets through reports (an image request: the extension CSP allows those). */
let beacon = 'http://127.0.0.1:1';

/** The script a vector runs if it gets through: a beacon request naming it (no quotes, so it fits any attribute). */
export const fire = (id: string) => `new Image().src=\`${beacon}/beacon?${id}\``;

const TAGS = ['img', 'a', 'div', 'p', 'span', 'video', 'audio', 'details', 'body', 'svg', 'input', 'marquee', 'table', 'select', 'iframe', 'object'];
const EVENTS = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onanimationstart', 'onbegin', 'onpointerenter', 'onwheel', 'onbeforetoggle', 'onscroll'];

/** Tag × event attribute. */
function eventVectors(): Vector[] {
  return TAGS.flatMap((tag, t) =>
    EVENTS.map((event, e) => {
      const id = `ev-${t}-${e}`;
      const extra = tag === 'img' || tag === 'video' || tag === 'audio' ? ' src="x:broken"' : tag === 'details' ? ' open' : tag === 'input' ? ' autofocus' : '';
      return { id, html: `<${tag}${extra} ${event}="${fire(id)}" tabindex="1">${tag === 'img' || tag === 'input' ? '' : `t</${tag}>`}` };
    }),
  );
}

const SCHEMES = [
  'javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'java\nscript:', 'java&#x09;script:', '&#106;avascript:',
  '&#x6A;avascript:', 'javascript&colon;', '%6Aavascript:', 'vbscript:', 'data:text/html,<script>', 'data:text/html;base64,PHNjcmlwdD4=',
  'data:image/svg+xml,<svg onload=', '\u0001javascript:', 'jav&#x0A;ascript:',
];
const URL_ATTRS: Array<[tag: string, attr: string, close: string]> = [
  ['a', 'href', 'x</a>'], ['area', 'href', ''], ['img', 'src', ''], ['img', 'srcset', ''], ['video', 'poster', '</video>'],
  ['video', 'src', '</video>'], ['source', 'src', ''], ['blockquote', 'cite', 'q</blockquote>'], ['form', 'action', '<button>go</button></form>'],
  ['button', 'formaction', 'go</button>'], ['iframe', 'src', '</iframe>'], ['object', 'data', '</object>'], ['embed', 'src', ''],
  ['table', 'background', '<tr><td>c</td></tr></table>'], ['link', 'href', ''], ['base', 'href', ''],
];

/** URL-bearing attribute × scheme with case, whitespace, entity and percent tricks. */
function urlVectors(): Vector[] {
  return URL_ATTRS.flatMap(([tag, attr, close], a) =>
    SCHEMES.map((scheme, s) => {
      const id = `url-${a}-${s}`;
      const value = scheme.startsWith('data:') ? `${scheme}${fire(id)}` : `${scheme}${fire(id)}`;
      const safe = attr === 'srcset' ? `https://img.example/a.jpg 1x, ${value} 2x` : value;
      return { id, html: `<${tag} ${attr}="${safe}">${close}` };
    }),
  );
}

/** SVG and MathML namespace confusion, and mutation-XSS nestings that change meaning on re-parse. */
const MUTATION: string[] = [
  '<svg><style><img src=x onerror="$"></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="$"></style></mglyph></table></mtext></math>',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=\'$\' src=1>"></path></textarea></mtext></svg></mglyph></mi></math>',
  '<svg></p><style><a id="</style><img src=1 onerror=\'$\'>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="$">',
  '<noscript><p title="</noscript><img src=x onerror=\'$\'>">',
  '<template><img src=x onerror="$"></template>',
  '<svg><foreignObject><img src=x onerror="$"></foreignObject></svg>',
  '<math><annotation-xml encoding="text/html"><img src=x onerror="$"></annotation-xml></math>',
  '<svg><a xlink:href="javascript:$"><text x="0" y="20">svg link</text></a></svg>',
  '<svg><animate onbegin="$" attributeName="x" dur="1s"></animate></svg>',
  '<svg><set attributeName="href" to="javascript:$"></set></svg>',
  '<svg><script>$</script></svg>',
  '<math href="javascript:$">math link</math>',
  '<xmp><img src=x onerror="$"></xmp>',
  '<title><img src=x onerror="$"></title>',
  '<textarea><img src=x onerror="$"></textarea>',
  '<style><img src=x onerror="$"></style>',
  '<iframe srcdoc="<script>$</script>"></iframe>',
  '<object data="data:text/html,<script>$</script>"></object>',
  '<embed src="javascript:$">',
  '<img src="x" onerror="$"//',
  '<img src=`x`onerror=$>',
  '<img/src="x"/onerror="$">',
  '<a href="javas&#99;ript:$">entity link</a>',
  '<scr<script>ipt>$</script>',
  '<!--<img src="--><img src=x onerror=\'$\'>-->',
  '<![CDATA[<img src=x onerror="$">]]>',
  '<div id="x"></div><script>$</script>',
  '<p>text<script type="module">$</script></p>',
];

/** DOM clobbering: names and ids that shadow document and window properties. */
const CLOBBER = ['getElementById', 'cookie', 'body', 'location', 'querySelector', 'createElement', 'defaultView', 'forms', 'images', 'title', 'domain', 'head'];

/** Navigation, form, base, refresh, CSS exfiltration, ping: what makes the page leave or leak. */
const NAVIGATION: string[] = [
  '<meta http-equiv="refresh" content="0;url=javascript:$">',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:1/leak">',
  '<base href="javascript:$//">',
  '<base href="http://127.0.0.1:1/evil/">',
  '<base target="_top">',
  '<form action="http://127.0.0.1:1/steal"><input name="q" value="x" autofocus onfocus="$"><button>Send</button></form>',
  '<form id="f"></form><button form="f" formaction="javascript:$">go</button>',
  '<input type="image" src="x" onerror="$">',
  '<isindex action="javascript:$" type="image">',
  '<style>@import url("http://127.0.0.1:1/import.css");</style>',
  '<style>body{background:url("http://127.0.0.1:1/bg")}</style>',
  '<div style="background:url(http://127.0.0.1:1/leak)">styled</div>',
  '<div style="width:expression($)">ie</div>',
  '<link rel="stylesheet" href="http://127.0.0.1:1/x.css">',
  '<link rel="prefetch" href="http://127.0.0.1:1/prefetch">',
  '<a href="https://news.example/" ping="http://127.0.0.1:1/ping">pinged link</a>',
  '<area href="https://news.example/" ping="http://127.0.0.1:1/ping">',
  '<a href="/relative/inside/extension">relative</a>',
  '<a href="https://news.example/" target="_self">self target</a>',
  '<img src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x, javascript:$ 2x">',
  '<picture><source srcset="javascript:$"><img src="https://img.example/b.jpg"></picture>',
  '<video autoplay src="http://127.0.0.1:1/video.mp4"></video>',
  '<audio autoplay src="http://127.0.0.1:1/audio.mp3"></audio>',
  '<video><source src="http://127.0.0.1:1/video.webm"><track src="http://127.0.0.1:1/t.vtt" default></video>',
  '<dialog open>Fake Lede dialog <a href="https://phish.example/">Sign in</a></dialog>',
  '<details open ontoggle="$">toggle</details>',
  '<object type="text/html" data="http://127.0.0.1:1/obj"></object>',
  '<iframe src="javascript:$"></iframe>',
  '<frameset><frame src="javascript:$"></frameset>',
  '<a href="data:text/html,<script>$</script>">data link</a>',
];

/** Payloads with `$` replaced by a named beacon. */
function templated(prefix: string, list: string[]): Vector[] {
  return list.map((html, i) => ({ id: `${prefix}-${i}`, html: html.split('$').join(fire(`${prefix}-${i}`)) }));
}

/**
 * Every vector, in a stable order. `beaconOrigin`: the server that beacons
 * and would-be leaks (refresh targets, pings, stylesheets, media) go to.
 */
export function xssVectors(beaconOrigin = 'http://127.0.0.1:1'): Vector[] {
  beacon = beaconOrigin;
  const clobber = CLOBBER.flatMap((name, i) => [
    { id: `clob-${i}-img`, html: `<img name="${name}" src="https://img.example/c.jpg">` },
    { id: `clob-${i}-form`, html: `<form name="${name}"><input name="${name}"></form>` },
    { id: `clob-${i}-a`, html: `<a id="${name}" name="${name}" href="https://news.example/">c</a>` },
  ]);
  const leaks = (list: string[]) => list.map((html) => html.split('http://127.0.0.1:1').join(beaconOrigin));
  return [...eventVectors(), ...urlVectors(), ...templated('mx', MUTATION), ...clobber, ...templated('nav', leaks(NAVIGATION))];
}
