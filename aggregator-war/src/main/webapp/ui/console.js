// Comptoir's console: sign-in, topology and breakers, and Inventory failing; the saga scenarios, messaging, event
// sourcing and the API have modules of their own.
import { hideApi, showApi, startApi } from './api.js';
import { showProjection, startHistory } from './history.js';
import { showDeadLetters, showDestinations, startMessaging } from './messaging.js';
import { $, api, element, mayOperate, notice, session, whenRefused } from './page.js';
import { SCENARIOS, lastApproved, placeOrder, showRecentSagas, startSagas } from './sagas.js';

const SERVICES = ['customers', 'orders', 'inventory'];

const breakers = new Map();
const services = new Map();
let healthTimer = null;

function claims(token) {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(Math.ceil(payload.length / 4) * 4, '=')));
}

async function signIn(event) {
    event.preventDefault();
    const form = event.target;
    const answer = await fetch('/api/auth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username: form.username.value, password: form.password.value }),
    });
    form.password.value = '';
    const json = await answer.json();
    if (!answer.ok) {
        notice(`Not signed in: ${json.detail ?? json.title}`);
        return;
    }
    const token = json.access_token;
    const claimed = claims(token);
    Object.assign(session, { token, user: claimed.upn ?? claimed.sub, roles: claimed.groups ?? [] });
    session.expiry = setTimeout(() => signOut('Your token has expired: sign in again.'), json.expires_in * 1000);
    $('#sign-in').hidden = true;
    $('#session').hidden = false;
    $('#who').textContent = `Signed in as ${session.user} (${session.roles.join(', ')})`;
    const admin = session.roles.includes('admin');
    for (const button of document.querySelectorAll('.needs-operator')) {
        button.disabled = !mayOperate();
    }
    for (const button of document.querySelectorAll('.needs-admin')) {
        button.disabled = !admin;
    }
    if (!mayOperate()) {
        notice('This console acts as an operator: your roles let you watch nothing here. Sign in as an operator or admin.');
        return;
    }
    notice(admin
        ? `Token valid ${json.expires_in} s, kept in this page only.`
        : 'An operator watches and heals; the scenarios place orders through the public API, which takes the admin.');
    showApi();
    await Promise.all([refreshServices(), showRecentSagas(), showDestinations(), showDeadLetters(), showProjection()]);
    healthTimer = setInterval(() => Promise.all([refreshServices(), showDestinations()])
        .catch((failure) => notice(failure.message)), 5000);
    listen();
}

function signOut(why) {
    session.stream?.abort();
    clearTimeout(session.expiry);
    clearInterval(healthTimer);
    Object.assign(session, { token: null, user: null, roles: [], expiry: null, stream: null });
    $('#sign-in').hidden = false;
    $('#session').hidden = true;
    $('#stream').textContent = 'not listening';
    hideApi();
    for (const button of document.querySelectorAll('.needs-operator, .needs-admin')) {
        button.disabled = true;
    }
    notice(why);
}

async function refreshServices() {
    const [pools, gateway] = await Promise.all([
        api('GET', '/api/admin/services'),
        fetch('/health/ready', { headers: { Accept: 'application/json' } }).then((answer) => answer.ok),
    ]);
    services.set('gateway', { up: gateway });
    for (const pool of pools) {
        services.set(pool.service, pool);
    }
    render();
}

/**
 * The breakers' server-sent events, read from a fetch() body: EventSource cannot send the Authorization header,
 * and the token goes in no URL. The stream opens with every breaker as it is, then one event per transition.
 */
async function listen() {
    const stop = new AbortController();
    session.stream = stop;
    try {
        const answer = await fetch('/api/admin/breakers/events', {
            headers: { Authorization: `Bearer ${session.token}`, Accept: 'text/event-stream' },
            signal: stop.signal,
        });
        if (!answer.ok) {
            throw new Error(`breaker events: ${answer.status}`);
        }
        $('#stream').textContent = 'live';
        const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffered = '';
        for (;;) {
            const { value, done } = await reader.read();
            if (done) {
                break;
            }
            buffered += value.replace(/\r\n/g, '\n');
            let end;
            while ((end = buffered.indexOf('\n\n')) >= 0) {
                onEvent(buffered.slice(0, end));
                buffered = buffered.slice(end + 2);
            }
        }
    } catch (failure) {
        if (stop.signal.aborted) {
            return;
        }
        notice(`Breaker events interrupted: ${failure.message}`);
    }
    if (session.stream === stop) {
        $('#stream').textContent = 'reconnecting';
        setTimeout(() => session.stream === stop && listen(), 1000);
    }
}

function onEvent(block) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
        if (line.startsWith('event:')) {
            name = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
        }
    }
    if (data.length === 0) {
        return;
    }
    const json = JSON.parse(data.join('\n'));
    if (name === 'breakers') {
        for (const breaker of json) {
            breakers.set(breaker.name, breaker);
        }
    } else if (name === 'transition') {
        const breaker = breakers.get(json.breaker) ?? { name: json.breaker, transitions: [] };
        breaker.state = json.to;
        breaker.transitions = [...(breaker.transitions ?? []), json];
        breakers.set(json.breaker, breaker);
    }
    render();
}

function stateBadge(state, label) {
    return element('span', { className: `state ${state}`, 'data-state': state, 'aria-label': `${label} ${state}` }, state);
}

function render() {
    const tiles = [];
    const gateway = services.get('gateway');
    tiles.push(element('article', { className: 'tile', 'data-tile': 'gateway', 'aria-label': 'gateway' },
        element('h3', {}, 'Gateway (aggregator)'),
        element('p', {}, 'Readiness ', stateBadge(gateway === undefined ? 'UNKNOWN' : gateway.up ? 'UP' : 'DOWN', 'readiness')),
        element('p', {}, location.origin)));
    for (const name of SERVICES) {
        const pool = services.get(name);
        const breaker = breakers.get(name);
        const instances = element('ul', {}, ...(pool?.instances ?? []).map((instance) =>
            element('li', {}, instance.url, ' ', stateBadge(instance.health, 'instance'))));
        const transitions = element('ul', { className: 'transitions' }, ...(breaker?.transitions ?? []).slice(-3).reverse()
            .map((transition) => element('li', {}, `${transition.from} → ${transition.to}: ${transition.cause}`)));
        tiles.push(element('article', { className: 'tile', 'data-tile': name, 'aria-label': name },
            element('h3', {}, name),
            instances,
            element('p', {}, 'Breaker ', element('span', { className: 'variant' }, breaker?.variant ?? '?'), ' ',
                element('span', { 'data-breaker': name }, stateBadge(breaker?.state ?? 'UNKNOWN', `${name} breaker`))),
            transitions));
    }
    $('#tiles').replaceChildren(...tiles);
}

async function failInventory() {
    const log = $('#fault-log');
    try {
        let customer = lastApproved();
        if (!customer) {
            log.textContent = 'Placing an order first, so that the overview asks Inventory about it…';
            customer = (await placeOrder(SCENARIOS.orchestrated)).customerId;
        }
        await api('PUT', '/api/admin/console/faults/inventory', [{
            method: 'GET', pathPattern: 'reservations/.*', latencyMs: 0, jitterMs: 0, failureRate: 1.0, failureStatus: 503,
        }]);
        let reads = 0;
        while (breakers.get('inventory')?.state !== 'OPEN' && reads < 40) {
            await api('GET', `/api/customers/${customer}/overview`);
            reads++;
            log.textContent = `Inventory fails every stock reservation read; ${reads} overviews read.`;
        }
        log.textContent = breakers.get('inventory')?.state === 'OPEN'
            ? `Inventory's breaker opened after ${reads} overviews: calls are refused at once until its trial calls.`
            : `Inventory's breaker still ${breakers.get('inventory')?.state} after ${reads} overviews.`;
    } catch (failure) {
        log.textContent = failure.message;
    }
}

async function healInventory() {
    const log = $('#fault-log');
    try {
        await api('DELETE', '/api/admin/console/faults/inventory');
        await api('POST', '/api/admin/breakers/inventory/reset');
        log.textContent = 'Inventory healed: no fault rule, its breaker reset.';
    } catch (failure) {
        log.textContent = failure.message;
    }
}

function start() {
    whenRefused(signOut);
    $('#sign-in').addEventListener('submit', (event) => signIn(event).catch((failure) => notice(failure.message)));
    $('#sign-out').addEventListener('click', () => signOut('Signed out.'));
    startSagas();
    $('#fail-inventory').addEventListener('click', failInventory);
    $('#heal-inventory').addEventListener('click', healInventory);
    startMessaging();
    startHistory();
    startApi();
    for (const button of document.querySelectorAll('.needs-operator, .needs-admin')) {
        button.disabled = true;
    }
    render();
}

start();
