// The saga scenarios: each makes a customer and a product of its own, places an order through the public API and
// follows its saga's timeline, with each participant's own record of it; a parked compensation is finished from here.
import { $, api, element, notice, pause } from './page.js';

const ORDER_OF_TWO = 2;
const MORE_THAN_STOCKED = 11;
const PARKED_WITHIN_MS = 120_000;

/** The fixture's product: 5.00 each, 10 in stock. */
export const SCENARIOS = {
    orchestrated: { title: 'Order, orchestrated', saga: 'orchestrated', creditLimit: 100, quantity: ORDER_OF_TWO },
    choreographed: { title: 'Order, choreographed', saga: 'choreographed', creditLimit: 100, quantity: ORDER_OF_TWO },
    refused: { title: 'Refused by credit', saga: 'orchestrated', creditLimit: 1, quantity: ORDER_OF_TWO },
    'refused-by-stock': {
        title: 'Refused by stock', saga: 'orchestrated', creditLimit: 100, quantity: MORE_THAN_STOCKED,
    },
    parked: {
        title: 'Compensation parked', saga: 'choreographed', creditLimit: 100, quantity: MORE_THAN_STOCKED,
    },
};

/** Customers' consumers of the events that make it give a held credit back, failing on every delivery. */
const CREDIT_NOT_GIVEN_BACK = [{
    method: 'JMS', pathPattern: 'customers-.*/(OutOfStock|OrderRejected)', latencyMs: 0, jitterMs: 0, failureRate: 1.0,
}];

let lastOrder = null;

export function startSagas() {
    for (const button of document.querySelectorAll('[data-scenario]')) {
        button.addEventListener('click', () => (button.dataset.scenario === 'parked'
            ? runParked()
            : runScenario(button.dataset.scenario)));
    }
}

/** The sagas started last, both styles, each with a button that shows its timeline. */
export async function showRecentSagas() {
    const sagas = await api('GET', '/api/admin/console/sagas?limit=10');
    const rows = sagas.map((saga) => {
        const show = element('button', { type: 'button',
            'aria-label': `Show the timeline of the ${saga.style.toLowerCase()} saga of order ${saga.orderId}` }, 'Show');
        show.addEventListener('click', () => showSaga(saga).catch((failure) => notice(failure.message)));
        return element('tr', { 'data-saga': saga.orderId, 'data-style': saga.style, 'data-state': saga.state },
            element('td', {}, element('code', {}, saga.orderId)), element('td', {}, saga.style),
            element('td', {}, saga.state), element('td', {}, saga.startedAt), element('td', {}, saga.reason ?? ''),
            element('td', {}, show));
    });
    $('#recent-sagas').replaceChildren(element('table', { 'aria-label': 'Recent sagas' },
        element('thead', {}, element('tr', {}, ...['order', 'style', 'state', 'started', 'reason', '']
            .map((title) => element('th', {}, title)))),
        element('tbody', {}, ...rows)));
}

async function showSaga(line) {
    const heading = `Saga of order ${line.orderId}`;
    renderTimeline(heading, { id: line.orderId }, await api('GET', `/api/admin/console/sagas/${line.orderId}`));
    $('#order-id').value = line.orderId;
}

/** The customer of the last order approved here, if any. */
export function lastApproved() {
    return lastOrder?.status === 'APPROVED' ? lastOrder.customerId : null;
}

export async function placeOrder(scenario) {
    const cast = await api('POST', '/api/admin/console/fixtures', { creditLimit: scenario.creditLimit });
    const order = await api('POST', `/api/v2/orders?saga=${scenario.saga}`,
        { customerId: cast.customerId, lines: [{ sku: cast.sku, quantity: scenario.quantity }] });
    lastOrder = order;
    $('#order-id').value = order.id;
    return order;
}

async function runScenario(name) {
    const scenario = SCENARIOS[name];
    notice(`${scenario.title}: running`);
    try {
        renderTimeline(scenario.title, null, null);
        const order = await placeOrder(scenario);
        renderTimeline(scenario.title, order, null);
        for (let read = 0; read < 50; read++) {
            const saga = await api('GET', `/api/admin/console/sagas/${order.id}`);
            renderTimeline(scenario.title, order, saga);
            if (saga.state !== 'RUNNING') {
                break;
            }
            await pause(300);
        }
        notice(`${scenario.title}: order ${order.status}`);
        await showRecentSagas();
    } catch (failure) {
        notice(`${scenario.title}: ${failure.message}`);
    }
}

/**
 * A choreographed order refused by stock while Customers fails to give its credit back: the broker redelivers both
 * events, then parks them in its dead-letter queue; the fault is lifted, and the operator finishes the compensation.
 */
async function runParked() {
    const scenario = SCENARIOS.parked;
    notice(`${scenario.title}: running`);
    renderTimeline(scenario.title, null, null);
    try {
        await api('PUT', '/api/admin/console/faults/customers', CREDIT_NOT_GIVEN_BACK);
        let order;
        try {
            order = await placeOrder(scenario);
            const deadline = Date.now() + PARKED_WITHIN_MS;
            let letters = [];
            while (letters.length < 2 && Date.now() < deadline) {
                renderTimeline(scenario.title, order, await api('GET', `/api/admin/console/sagas/${order.id}`));
                notice(`${scenario.title}: Customers fails to give the credit back; the broker redelivers each event, `
                    + `then parks it (${letters.length} of 2 parked).`);
                await pause(1000);
                letters = await api('GET', `/api/admin/dead-letters?key=${order.id}`);
            }
        } finally {
            await api('DELETE', '/api/admin/console/faults/customers');
        }
        renderTimeline(scenario.title, order, await api('GET', `/api/admin/console/sagas/${order.id}`));
        notice(`${scenario.title}: the fault is lifted; Customers' compensation waits for an operator.`);
        await showRecentSagas();
    } catch (failure) {
        notice(`${scenario.title}: ${failure.message}`);
    }
}

function renderTimeline(heading, order, saga) {
    const rows = (saga?.steps ?? []).map((step) => element('tr', {},
        element('td', {}, step.name), element('td', {}, step.participant),
        element('td', { className: step.outcome }, step.outcome), element('td', {}, step.detail ?? '')));
    const participants = Object.entries(saga?.participants ?? {}).map(([who, status]) => `${who}: ${status}`).join(', ');
    $('#scenario').replaceChildren(
        element('h3', {}, heading),
        element('p', {}, 'Order ', element('code', {}, order?.id ?? '…'), ' ', order?.id && !order.status ? ''
            : element('span', { 'data-order-status': order?.status ?? 'PLACING' }, order?.status ?? 'placing…'),
            order?.rejectionReason ? ` (${order.rejectionReason})` : ''),
        element('p', {}, 'Saga ', element('span', { 'data-saga-state': saga?.state ?? 'RUNNING' }, saga?.state ?? 'running…'),
            saga?.style ? ` (${saga.style})` : '', participants ? `; participants ${participants}` : ''),
        element('table', { 'aria-label': 'Saga timeline' },
            element('thead', {}, element('tr', {}, element('th', {}, 'step'), element('th', {}, 'participant'),
                element('th', {}, 'outcome'), element('th', {}, 'detail'))),
            element('tbody', {}, ...rows)),
        participations(heading, order, saga));
}

/** Each participant's own record: its status, failed attempts, whether it waits for an operator, their actions. */
function participations(heading, order, saga) {
    const rows = Object.entries(saga?.participations ?? {}).map(([who, part]) => {
        const waiting = part.parked || (saga.state === 'COMPENSATED' && part.status === 'Active');
        const actions = (part.operatorActions ?? [])
            .map((action) => `${action.action} by ${action.operator}: ${action.outcome}`).join('; ');
        return element('tr', { 'data-participation': who, 'data-status': part.status },
            element('td', {}, who), element('td', {}, part.status), element('td', {}, part.failedAttempts?.length ?? 0),
            element('td', {}, waiting ? 'waits for an operator' : actions),
            element('td', {}, waiting ? operatorActions(heading, order, who, part) : ''));
    });
    return rows.length === 0 ? '' : element('table', { 'aria-label': 'Participants\' records' },
        element('thead', {}, element('tr', {}, ...['participant', 'status', 'failed attempts', 'operator', 'actions']
            .map((title) => element('th', {}, title)))),
        element('tbody', {}, ...rows));
}

function operatorActions(heading, order, who, part) {
    const act = async (action, note) => {
        try {
            const style = part.sagaId.startsWith('create-order:') ? 'choreographed' : 'orchestrated';
            await api('POST', `/api/admin/console/sagas/${order.id}/participations/${who}/${action}?style=${style}`,
                { note });
            renderTimeline(heading, order, await api('GET', `/api/admin/console/sagas/${order.id}`));
            notice(`${heading}: the compensation at ${who} ${action === 'retry' ? 'retried' : 'marked resolved'}.`);
        } catch (failure) {
            notice(`${heading}: ${failure.message}`);
        }
    };
    const retry = element('button', { type: 'button' }, `Retry the compensation at ${who}`);
    const resolve = element('button', { type: 'button' }, `Resolve the compensation at ${who} by hand`);
    retry.addEventListener('click', () => act('retry', 'Retried from the console'));
    resolve.addEventListener('click', () => act('resolve', 'Settled by hand, said from the console'));
    return element('span', { className: 'actions' }, retry, resolve);
}
