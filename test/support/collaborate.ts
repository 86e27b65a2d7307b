/**
 * Builds synthetic Collaborate Ultra room pages for tests, from the publicly known facts only
 * (docs/platforms/collaborate.md: ids, classes, AngularJS markers, FR/EN labels). This is
 * not Collaborate's markup: it is the smallest page consistent with what public scripts relied
 * on. `drifted` removes every known id and class and keeps roles, aria-labels and headings.
 *
 * test/fixtures/collaborate/*.html are this builder's output (regenerate with
 * UPDATE_FIXTURES=1 npx vitest run test/contract/collaborate-fixtures.test.ts).
 */

export type Locale = 'fr' | 'en';

export interface FixturePerson {
  name: string;
  group: 'moderators' | 'presenters' | 'participants';
  hand: boolean;
}

export interface FixtureMessage {
  sender: string;
  time: string;
  text: string;
}

export interface FixtureFacts {
  fixture: string;
  locale: Locale;
  variant: 'known-selectors' | 'drifted';
  /** In list order: groups, raised hands first inside each group, then alphabetical. */
  participants: FixturePerson[];
  raisedHands: string[];
  count: number;
  /** Chat items in order; `presence` items are system notices. */
  chat: ({ kind: 'message'; header: boolean } & FixtureMessage | { kind: 'presence'; type: 'joined' | 'left'; name: string })[];
  moderator: boolean;
  /** Labels in this page whose wording is not confirmed by any public source. */
  unconfirmedLabels: string[];
}

export const PEOPLE: FixturePerson[] = [
  { name: 'Mme Lefèvre', group: 'moderators', hand: false },
  { name: 'Hugo Martin', group: 'presenters', hand: true },
  { name: 'Inès Moreau', group: 'participants', hand: true },
  { name: 'Lucas Petit', group: 'participants', hand: true },
  { name: 'Camille Dubois', group: 'participants', hand: false },
  { name: 'Camille Dubois', group: 'participants', hand: false },
  { name: 'Léa Garnier', group: 'participants', hand: false },
  { name: 'Nathan Roux', group: 'participants', hand: false },
];

const CHAT: FixtureFacts['chat'] = [
  { kind: 'message', header: true, sender: 'Mme Lefèvre', time: '14:02', text: 'Bonjour à tous' },
  { kind: 'message', header: false, sender: 'Mme Lefèvre', time: '14:02', text: 'Ouvrez le manuel page 42' },
  { kind: 'presence', type: 'joined', name: 'Nathan Roux' },
  { kind: 'message', header: true, sender: 'Inès Moreau', time: '14:05', text: "Je n'entends pas bien" },
  { kind: 'message', header: true, sender: 'Lucas Petit', time: '14:06', text: 'Moi non plus ?' },
  { kind: 'message', header: true, sender: 'Inès Moreau', time: '14:06', text: "C'est mieux <maintenant>" },
  { kind: 'message', header: true, sender: 'Lucas Petit', time: '14:06', text: 'Moi non plus ?' },
];

/** UI words of the page. `?` marks a wording no public source confirms (listed in the header). */
const WORDS = {
  en: {
    title: 'Histoire-géo 3e A - Bb Collaborate', openPanel: 'Open Collaborate Panel', chatTab: 'Chat', attendeesTab: (n: number) => `Attendees ${n}`,
    shareTab: 'Share Content', settingsTab: 'My Settings', attendeesHeader: (n: number) => `${n} Attendees`, attendees: 'Attendees',
    moreOptions: 'More options', findAttendee: 'Find attendee', detach: 'Detach panel', muteAll: 'Mute all',
    groups: { moderators: 'Moderators', presenters: 'Presenters', participants: 'Participants' },
    hand: 'Hand raised?', channel: 'Everyone', joined: 'Joined:', left: 'Left:', input: 'Say something?', raiseHand: 'Raise Hand',
    chatHistory: 'Chat history?', shareAudio: 'Share Audio', shareVideo: 'Share Video',
  },
  fr: {
    title: 'Histoire-géo 3e A - Bb Collaborate', openPanel: 'Ouvrir le panneau Collaborate?', chatTab: 'Discussion?', attendeesTab: (n: number) => `Personnes présentes ${n}`,
    shareTab: 'Partager du contenu?', settingsTab: 'Mes paramètres', attendeesHeader: (n: number) => `${n} Personnes présentes`, attendees: 'Personnes présentes',
    moreOptions: "Plus d'options?", findAttendee: 'Rechercher une personne?', detach: 'Détacher le panneau?', muteAll: 'Couper le son de tous?',
    groups: { moderators: 'Modérateurs', presenters: 'Présentateurs', participants: 'Participants' },
    hand: 'Main levée?', channel: 'Tout le monde', joined: 'A rejoint :?', left: 'Est parti :?', input: 'Exprimez-vous', raiseHand: 'Demander la parole',
    chatHistory: 'Historique de discussion?', shareAudio: "Partager l'audio?", shareVideo: 'Partager la vidéo?',
  },
} as const;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function factsFor(locale: Locale, variant: FixtureFacts['variant']): FixtureFacts {
  const words = WORDS[locale];
  const unconfirmed = Object.values(words).flatMap((value) => (typeof value === 'string' && value.endsWith('?') ? [value.slice(0, -1)] : []));
  return {
    fixture: `room${variant === 'drifted' ? '-drifted' : ''}.${locale}`,
    locale,
    variant,
    participants: PEOPLE,
    raisedHands: PEOPLE.filter((person) => person.hand).map((person) => person.name),
    count: PEOPLE.length,
    chat: CHAT,
    moderator: true,
    unconfirmedLabels: [...unconfirmed, ...(locale === 'fr' ? [words.attendeesTab(0).replace(' 0', ' N')] : [])],
  };
}

/** Strips the "unconfirmed" marker from a word. */
function w(text: string): string {
  return esc(text.endsWith('?') ? text.slice(0, -1) : text);
}

export function buildRoom(locale: Locale, variant: FixtureFacts['variant'] = 'known-selectors'): string {
  const facts = factsFor(locale, variant);
  const words = WORDS[locale];
  const known = variant === 'known-selectors';
  /** A known id or class when the page has not drifted. */
  const id = (value: string) => (known ? ` id="${value}"` : '');
  const cls = (knownClasses: string, always = '') => {
    const classes = [known ? knownClasses : '', always].filter(Boolean).join(' ');
    return classes ? ` class="${classes}"` : '';
  };
  const groupCount = (group: FixturePerson['group']) => PEOPLE.filter((person) => person.group === group).length;

  const rows: string[] = [];
  for (const group of ['moderators', 'presenters', 'participants'] as const) {
    rows.push(`<div${cls('participant-list-item participant-list-header', 'ng-scope')} role="heading" aria-level="3">${w(words.groups[group])} (${groupCount(group)})</div>`);
    for (const person of PEOPLE.filter((p) => p.group === group)) {
      const hand = person.hand ? `<bb-svg-icon${cls('status-hand-raised')} role="img" aria-label="${w(words.hand)}"></bb-svg-icon>` : '';
      rows.push(
        `<div${cls('participant-list-item participant-list-participant', 'ng-scope')}${known ? '' : ' role="listitem"'} ng-repeat="attendee in group.attendees">` +
          `<bb-svg-icon aria-hidden="true" class="ng-scope"></bb-svg-icon><span${cls('participant-name', 'ng-binding')}>${esc(person.name)}</span>${hand}</div>`,
      );
    }
  }

  const chat = facts.chat.map((item) => {
    if (item.kind === 'presence') {
      const label = item.type === 'joined' ? words.joined : words.left;
      return `<li${cls('chat-history__activity-item chat-history__activity-item--activity', 'ng-scope')}>` +
        `<span${cls('chat-message__activity-type')}${known ? ` analytics-id="session.chat.activity.${item.type}"` : ''}>${w(label)}</span> ` +
        `<span${cls('chat-message__activity-name', 'ng-binding')}>${esc(item.name)}</span></li>`;
    }
    const header = item.header ? `<h4${cls('chat-message__name')}><span${cls('participant-name', 'ng-binding')}>${esc(item.sender)}</span></h4>` : '';
    return `<li${cls('chat-history__activity-item', 'ng-scope')} ng-repeat="message in channelHistory.chatHistory">${header}` +
      `<span${cls('chat-message__time')}><bb-time epoch="">${item.time}</bb-time></span>` +
      `<p${cls('activity-body chat-message__body', 'ng-binding')}>${esc(item.text)}</p></li>`;
  });

  const header = { ...facts, chat: undefined, messages: facts.chat.filter((i) => i.kind === 'message').map(({ sender, time, text }: any) => ({ sender, time, text })), presence: facts.chat.filter((i) => i.kind === 'presence').length };
  delete (header as { chat?: unknown }).chat;

  const attendeesTitleId = known ? 'participants-header' : 'attendees-title-9f2';
  return `<!-- moderato-fixture ${JSON.stringify(header)} -->
<!DOCTYPE html>
<html lang="${locale}" class="ng-scope" ng-app="collab.ui">
<head><meta charset="utf-8"><title>${esc(words.title)}</title>
<link rel="stylesheet" href="/collab/ui/session/21.0.7-localization.0/assets/app.css"></head>
<body class="ng-scope">
<div${id('session-content')} class="ng-scope">
  <main class="ng-scope"><div${cls('appshare-stream-wrap')}></div></main>
  <div${cls('controls-container', 'ng-scope')}>
    <button${id('status-selector-toggle')} aria-label="${known ? 'Status' : 'Set status'}"><bb-svg-icon aria-hidden="true"></bb-svg-icon></button>
    <span><button aria-label="${w(words.shareAudio)}"></button></span>
    <button aria-label="${w(words.shareVideo)}"></button>
    <button${id('raise-hand')} aria-label="${w(words.raiseHand)}"><bb-svg-icon aria-hidden="true"></bb-svg-icon></button>
  </div>
  <button${id('side-panel-open')} aria-label="${w(words.openPanel)}"><bb-svg-icon aria-hidden="true"></bb-svg-icon></button>
  <section class="ng-scope" aria-labelledby="${attendeesTitleId}">
    <header><h1 id="${attendeesTitleId}" class="ng-binding">${esc(words.attendeesHeader(facts.count))}</h1>
      <button aria-label="${w(words.moreOptions)}" aria-haspopup="true"><bb-svg-icon aria-hidden="true"></bb-svg-icon></button>
      <ul class="ng-hide" role="menu">
        <li role="none"><button${cls('menu-list__control')} role="menuitem">${w(words.findAttendee)}</button></li>
        <li role="none"><button${cls('menu-list__control')} role="menuitem">${w(words.detach)}</button></li>
        <li role="none"><button${cls('menu-list__control')} role="menuitem">${w(words.muteAll)}</button></li>
      </ul></header>
    <div${cls('md-virtual-repeat-scroller')}${known ? '' : ` role="list" aria-labelledby="${attendeesTitleId}"`}>
      ${rows.join('\n      ')}
    </div>
  </section>
  <div${cls('side-panels offcanvas-right active')}>
    <div${cls('panel-content')}>
      <div${id('panel-chathistory-content')}${known ? '' : ` role="region" aria-label="${w(words.chatTab)}"`}>
        <header><h1 class="ng-binding">${w(words.channel)}</h1></header>
        <div${id('chat-history-container')}>
          <ul${id('chat-channel-history')}${known ? '' : ` role="log" aria-label="${w(words.chatHistory)}"`}>
            ${chat.join('\n            ')}
          </ul>
        </div>
        <div${id('chat-input-container')}${cls('chat-input')}><textarea${id('message-input')} placeholder="${w(words.input)}"></textarea></div>
      </div>
    </div>
    <nav${id('panel-controls')}>
      <button${id('panel-control-activity')} aria-label="${w(words.chatTab)}"></button>
      <button${id('panel-control-participants')} aria-label="${esc(words.attendeesTab(facts.count))}"></button>
      <button${id('panel-control-sharing')} aria-label="${w(words.shareTab)}"></button>
      <button${id('panel-control-settings')} aria-label="${w(words.settingsTab)}"></button>
    </nav>
  </div>
</div>
</body>
</html>
`;
}

/** Session-settings panel contents, as the simulator shows it after "My Settings" → "Session Settings". */
export function settingsPanel(locale: Locale, allowed: { audio: boolean; video: boolean; chat: boolean; draw: boolean }, labels: { audio: string; video: string; chat: string; draw: string; tab: string; heading: string }): string {
  const box = (key: keyof typeof allowed, label: string) =>
    `<label><input type="checkbox" ${allowed[key] ? 'checked' : ''} data-permission="${key}"> ${esc(label)}</label>`;
  return `<section class="ng-scope" lang="${locale}"><h1>${esc(labels.heading)}</h1>
<div role="tablist"><button role="tab" aria-selected="true">Audio</button><button role="tab" aria-selected="false" data-session-tab="">${esc(labels.tab)}</button></div>
<fieldset hidden data-session-settings="">${box('audio', labels.audio)}${box('video', labels.video)}${box('chat', labels.chat)}${box('draw', labels.draw)}</fieldset></section>`;
}
