// Messaging: the broker's queues with their counts and consumers; its dead-letter queue, each letter inspected and
// replayed from the page. The dead-letter scenario makes the course's poison message: an approved order for a product that Inventory does not have, whose
// pick fails on every delivery attempt until the broker moves it to the queue.
import { $, api, element, pause, say } from './page.js';

const ORDER_OF_TWO = 2;
const WAIT_FOR_LETTER_MS = 120_000;

let poison = null;

const log = (what) => say($('#dead-log'), what);

export function startMessaging() {
    $('#run-dead-letter').addEventListener('click', runDeadLetter);
    $('#refresh-dead-letters').addEventListener('click', () => showDeadLetters().catch(log));
    $('#stock-missing').addEventListener('click', stockMissing);
}

/** The broker's queues as it counts them: a JMS queue, or one subscription of a topic, a row each. */
export async function showDestinations() {
    const queues = await api('GET', '/api/admin/destinations');
    const rows = queues.map((queue) => element('tr', { 'data-queue': queue.queue },
        element('td', {}, element('code', {}, queue.address)),
        element('td', {}, element('code', {}, queue.queue)),
        element('td', { 'data-messages': String(queue.messages) }, queue.messages),
        element('td', {}, queue.delivering),
        element('td', { 'data-consumers': String(queue.consumers) }, queue.consumers),
        element('td', {}, queue.added),
        element('td', {}, queue.paused ? 'paused' : '')));
    $('#destinations').replaceChildren(element('table', { 'aria-label': 'Destinations' },
        element('thead', {}, element('tr', {}, ...['address', 'queue', 'waiting', 'in delivery', 'consumers',
            'added', ''].map((heading) => element('th', {}, heading)))),
        element('tbody', {}, ...rows)));
}

/** Lists the dead letters, oldest first, each with its actions; answers them. */
export async function showDeadLetters() {
    const letters = await api('GET', '/api/admin/dead-letters');
    const rows = letters.map((letter) => element('tr', { 'data-letter-key': letter.eventKey ?? '' },
        element('td', {}, letter.eventType ?? '?'),
        element('td', {}, element('code', {}, letter.eventKey ?? '')),
        element('td', {}, letter.originalQueue ?? ''),
        element('td', {}, actions(letter))));
    $('#dead-letters').replaceChildren(rows.length === 0
        ? element('p', { 'data-dead-letters': '0' }, 'The dead-letter queue is empty.')
        : element('table', { 'aria-label': 'Dead letters', 'data-dead-letters': String(rows.length) },
            element('thead', {}, element('tr', {}, element('th', {}, 'event'), element('th', {}, 'about'),
                element('th', {}, 'failed in'), element('th', {}, 'actions'))),
            element('tbody', {}, ...rows)));
    return letters;
}

function actions(letter) {
    const about = `${letter.eventType ?? 'message'} of ${letter.eventKey ?? letter.id}`;
    const inspect = element('button', { type: 'button', 'aria-label': `Inspect the dead letter ${about}` }, 'Inspect');
    const replay = element('button', { type: 'button', 'aria-label': `Replay the dead letter ${about}` }, 'Replay');
    inspect.addEventListener('click', () => inspectLetter(letter.id).catch(log));
    replay.addEventListener('click', () => replayLetter(letter).catch(log));
    return element('span', { className: 'actions' }, inspect, replay);
}

async function inspectLetter(id) {
    const letter = await api('GET', `/api/admin/dead-letters/${encodeURIComponent(id)}`);
    $('#dead-letter').textContent = JSON.stringify(letter, null, 2);
    $('#dead-letter').hidden = false;
}

async function replayLetter(letter) {
    await api('POST', `/api/admin/dead-letters/${encodeURIComponent(letter.id)}/replay`);
    log(`Replayed: ${letter.eventType} of ${letter.eventKey} is back in ${letter.originalQueue}, for its consumer only.`);
    $('#dead-letter').hidden = true;
    await Promise.all([showDeadLetters(), showDestinations()]);
    if (poison?.orderId === letter.eventKey) {
        await showPicks(poison.orderId);
    }
}

async function runDeadLetter() {
    try {
        $('#stock-missing').hidden = true;
        $('#picks').replaceChildren();
        log('Making a customer, and naming a product that Inventory does not have…');
        const cast = await api('POST', '/api/admin/console/fixtures', { creditLimit: 100, stocked: false });
        // At Orders itself: the gateway's public API refuses an order for a product that does not exist.
        const order = await api('POST', '/api/admin/console/orders',
            { customerId: cast.customerId, lines: [{ sku: cast.sku, quantity: ORDER_OF_TWO }] });
        await api('POST', `/api/admin/console/orders/${order.id}/approve`);
        poison = { orderId: order.id, sku: cast.sku };
        $('#dead-log').dataset.order = order.id;
        log(`Order ${order.id} approved: Inventory's fulfilment tries to pick ${cast.sku}, which it does not have, `
            + 'on each delivery attempt, until the broker gives up…');
        const deadline = Date.now() + WAIT_FOR_LETTER_MS;
        while (Date.now() < deadline) {
            const letters = await showDeadLetters();
            if (letters.some((letter) => letter.eventKey === order.id)) {
                log(`The pick of ${cast.sku} for order ${order.id} was dead-lettered, with no effect at Inventory. `
                    + 'Stock the missing product, then replay the letter.');
                $('#stock-missing').hidden = false;
                await showDestinations();
                return;
            }
            await pause(1000);
        }
        log(`No dead letter for order ${order.id} after ${WAIT_FOR_LETTER_MS / 1000} s.`);
    } catch (failure) {
        log(failure);
    }
}

async function stockMissing() {
    try {
        await api('PUT', `/api/admin/console/products/${encodeURIComponent(poison.sku)}`);
        $('#stock-missing').hidden = true;
        log(`Inventory now has ${poison.sku} (10 in stock): replay the letter.`);
    } catch (failure) {
        log(failure);
    }
}

/** Inventory's picks of the order, read until the replayed pick shows. */
async function showPicks(orderId) {
    for (let read = 0; read < 40; read++) {
        const picks = await api('GET', `/api/admin/console/orders/${orderId}/picks`);
        if (picks.length > 0) {
            $('#picks').replaceChildren(element('p', { 'data-picks': String(picks.length) },
                `Inventory picked ${picks.length} line${picks.length === 1 ? '' : 's'} of order ${orderId}.`));
            return;
        }
        await pause(500);
    }
    log(`Inventory has not picked order ${orderId} 20 s after the replay.`);
}
