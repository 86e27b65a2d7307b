// @vitest-environment jsdom
import { generateSelector, looksGenerated, repeatingItem, similarSiblings } from './generate';
import { selectorProblem } from '../../core/packs/selector';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const get = (selector: string) => document.querySelector(selector)!;

/** The selector is valid, matches the element (and its similar siblings for lists), carries no text. */
function expectGood(element: Element, options: Parameters<typeof generateSelector>[1], forbidden: string[] = []) {
  const generated = generateSelector(element, options);
  expect(generated).not.toBeNull();
  const { selector, count } = generated!;
  expect(selectorProblem(selector)).toBeNull();
  const scope = options?.within ?? document;
  const found = [...scope.querySelectorAll(selector)];
  expect(found).toContain(element);
  if (options?.list) for (const sibling of similarSiblings(element, options)) expect(found).toContain(sibling);
  expect(count).toBe(found.length);
  for (const word of forbidden) expect(selector.toLowerCase()).not.toContain(word.toLowerCase());
  return selector;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('looksGenerated', () => {
  it.each(['css-1x2y3z', 'sc-abc123', 'sc-bdVaJa', 'jsx-123', 'Button_root__a1B2c', 'item-48213', ':r1:', 'emotion-0'])('%s is generated', (token) => {
    expect(looksGenerated(token)).toBe(true);
  });
  it.each(['user-list-item', 'chat', 'participant', 'col-12', 'is-active', 'message__body'])('%s is stable', (token) => {
    expect(looksGenerated(token)).toBe(false);
  });
});

describe('generateSelector on a BBB-like page', () => {
  beforeEach(() => {
    page(`
      <div id="app">
        <div data-test="userListContent">
          <div role="list" class="css-9ab1c2">
            <div data-test="userListItem" class="userItem css-1k2j3h"><span class="userName">Marie Curie</span><i class="icon-bbb-hand" data-test="raiseHandIcon"></i></div>
            <div data-test="userListItem" class="userItem css-77sd8f"><span class="userName">Paul Langevin</span></div>
            <div data-test="userListItem" class="userItem css-0aa1b2"><span class="userName">Irène Joliot</span></div>
          </div>
        </div>
        <div data-test="chatMessages">
          <div data-test="msg" class="message"><span data-test="chatUserName">Marie Curie</span><p class="text">Bonjour à tous</p></div>
          <div data-test="msg" class="message"><span data-test="chatUserName">Paul Langevin</span><p class="text">Bonjour</p></div>
        </div>
        <textarea id="message-input" placeholder="Message à Tous"></textarea>
        <button aria-label="Envoyer le message" data-test="sendMessageButton"></button>
      </div>`);
  });

  it('uses the test hook for participant rows and covers every row', () => {
    const selector = expectGood(get('[data-test="userListItem"]'), { list: true }, ['Marie', 'css-']);
    expect(selector).toBe('[data-test="userListItem"]');
  });

  it('finds the name inside a row, relative to the row, without the name itself', () => {
    const row = get('[data-test="userListItem"]');
    const selector = expectGood(row.querySelector('.userName')!, { list: true, within: row }, ['Marie', 'Curie']);
    expect(selector).toBe('span.userName');
  });

  it('finds the chat input by its id and the send button by its hook', () => {
    expect(expectGood(get('textarea'), {})).toBe('#message-input');
    expect(expectGood(get('button'), {})).toBe('[data-test="sendMessageButton"]');
  });

  it('finds chat messages and their sender', () => {
    const message = get('[data-test="msg"]');
    expect(expectGood(message, { list: true }, ['Bonjour'])).toBe('[data-test="msg"]');
    expect(expectGood(message.querySelector('span')!, { list: true, within: message }, ['Marie'])).toBe('[data-test="chatUserName"]');
  });
});

describe('generateSelector on a Via-like page', () => {
  beforeEach(() => {
    page(`
      <main>
        <section class="participants">
          <ul>
            <li class="participant" aria-label="Marie Curie"><img alt=""><span>Marie Curie</span><span class="hand-up">✋</span></li>
            <li class="participant" aria-label="Paul Langevin"><img alt=""><span>Paul Langevin</span></li>
          </ul>
          <p class="count">2 participants</p>
        </section>
        <section class="chat">
          <ol><li><b>Marie Curie</b> : bonjour</li><li><b>Paul Langevin</b> : présent</li></ol>
          <form><input type="text" name="chat-text"><button type="submit">Envoyer</button></form>
        </section>
      </main>`);
  });

  it('never uses an aria-label that holds a participant name', () => {
    const selector = expectGood(get('li.participant'), { list: true }, ['Marie', 'Paul', 'aria-label']);
    expect(selector).toBe('li.participant');
  });

  it('reaches class-less chat lines through a stable ancestor', () => {
    const selector = expectGood(get('.chat li'), { list: true }, ['bonjour', 'Marie']);
    expect(document.querySelectorAll(selector)).toHaveLength(2);
    expect(selector).toContain('chat');
  });

  it('finds the chat box and its button by form attributes', () => {
    expect(expectGood(get('input'), {})).toBe('input[name="chat-text"]');
    expect(expectGood(get('button'), {})).toBe('button[type="submit"]');
  });

  it('finds the count and the raised-hand marker', () => {
    expect(expectGood(get('.count'), {})).toBe('p.count');
    const row = get('li.participant');
    expect(expectGood(get('.hand-up'), { list: true, within: row })).toBe('span.hand-up');
  });
});

describe('generateSelector on a page with hashed classes only', () => {
  beforeEach(() => {
    page(`
      <div class="css-1x2y3z">
        <div class="sc-abc123 jsx-123">
          <div class="Row_root__a1B2c" id="row-8f3a9c21">Marie</div>
          <div class="Row_root__a1B2c" id="row-1b2c3d4e">Paul</div>
          <div class="Row_root__a1B2c" id="row-9e8d7c6b">Irène</div>
        </div>
        <div class="sc-def456"><span class="sc-x1y2z3">Titre</span></div>
      </div>`);
  });

  it('drops hashed classes and generated ids, and falls back to a structural path', () => {
    const row = get('[id="row-8f3a9c21"]');
    const selector = expectGood(row, { list: true }, ['css-', 'sc-', 'jsx-', 'Row_root', 'row-8f', 'Marie']);
    expect(document.querySelectorAll(selector)).toHaveLength(3);
  });

  it('gives a single element a path that matches it alone', () => {
    const title = get('span');
    const selector = expectGood(title, {}, ['sc-', 'Titre']);
    expect(document.querySelectorAll(selector)).toHaveLength(1);
  });

  it('makes nothing for the page frame', () => {
    expect(generateSelector(document.body)).toBeNull();
    expect(generateSelector(document.documentElement)).toBeNull();
  });
});

describe('what a click on a list role means (the Via-like page)', () => {
  beforeEach(() => {
    page(`
      <aside class="colonne-gauche"><div class="fil">
        <div class="bulle"><b>Julie Tremblay</b><small>9:00</small><div>Bienvenue</div></div>
        <div class="bulle"><b>Sophie Roy</b><small>9:02</small><div>Bonjour !</div></div>
        <div class="bulle"><small>9:02</small><div>Est-ce enregistré ?</div></div>
      </div></aside>
      <aside class="colonne-droite"><ul>
        <li><span>Julie Tremblay</span> <em>Hôte</em></li>
        <li><span>Sophie Roy</span> <span title="Main levée">✋</span></li>
        <li><span>Éric Côté</span></li>
      </ul></aside>`);
  });

  it('climbs from a message text or a row name to the repeated item around it', () => {
    const text = document.querySelectorAll('.bulle > div')[1]!;
    expect(repeatingItem(text)).toBe(document.querySelectorAll('.bulle')[1]);
    // The row holding two spans: its three rows repeat more than its two spans.
    const name = document.querySelectorAll('li')[1]!.querySelector('span')!;
    expect(repeatingItem(name)).toBe(document.querySelectorAll('li')[1]);
  });

  it('keeps the element when nothing around it repeats', () => {
    const lone = get('.fil');
    expect(repeatingItem(lone)).toBe(lone);
  });

  it('inside a container, keeps the position so a second span of the row is not taken for the name', () => {
    const row = document.querySelectorAll('li')[1]!;
    const name = generateSelector(row.querySelector('span')!, { list: true, within: row })!;
    expect(row.querySelectorAll(name.selector)).toHaveLength(1);
    for (const other of document.querySelectorAll('li')) expect(other.querySelector(name.selector)?.textContent).not.toBe('✋');
    const hand = generateSelector(row.querySelector('[title]')!, { list: true, within: row })!;
    expect([...document.querySelectorAll('li')].map((li) => li.querySelectorAll(hand.selector).length)).toEqual([0, 1, 0]);
  });
});
