// Event sourcing and CQRS: an order's stored events and its state after any of them; Orders' order views (the read
// side), where they stand, and their rebuild from every stored event, with its progress.
import { $, api, element, pause, say } from './page.js';

/** A rebuild paced to last about this long, so that its progress can be watched. */
const REBUILD_SECONDS = 4;
const MIN_PACE = 20;

const rebuildLog = (what) => say($('#rebuild-log'), what);

export function startHistory() {
    $('#order-history').addEventListener('submit', (event) => {
        event.preventDefault();
        showEvents(event.target.orderId.value.trim()).catch((failure) => say($('#events'), failure));
    });
    $('#rebuild').addEventListener('click', () => rebuild().catch(rebuildLog));
}

async function showEvents(orderId) {
    const events = await api('GET', `/api/admin/console/orders/${encodeURIComponent(orderId)}/events`);
    const rows = events.map((event) => element('tr', {},
        element('td', {}, event.version), element('td', {}, event.type), element('td', {}, event.recordedAt),
        element('td', {}, element('code', {}, JSON.stringify(event.payload)))));
    const version = element('input', { type: 'range', id: 'version', min: '1', max: String(events.length),
        value: String(events.length) });
    version.addEventListener('input', () => showState(orderId, Number(version.value)));
    $('#events').replaceChildren(
        element('table', { 'aria-label': 'Order events' },
            element('thead', {}, element('tr', {}, element('th', {}, 'version'), element('th', {}, 'event'),
                element('th', {}, 'recorded'), element('th', {}, 'payload'))),
            element('tbody', {}, ...rows)),
        element('p', {}, element('label', { for: 'version' }, 'State after event '), version,
            element('output', { for: 'version', id: 'version-shown' }, events.length)),
        element('pre', { id: 'order-state', 'aria-label': 'Order state at that version' }));
    await showState(orderId, events.length);
}

async function showState(orderId, version) {
    $('#version-shown').textContent = `${version}`;
    try {
        const order = await api('GET', `/api/admin/console/orders/${encodeURIComponent(orderId)}?version=${version}`);
        if ($('#version').value !== String(version)) {
            return;
        }
        const state = $('#order-state');
        state.dataset.version = String(order.version);
        state.dataset.status = order.status;
        state.textContent = JSON.stringify(order, null, 2);
    } catch (failure) {
        say($('#order-state'), failure);
    }
}

/** Where the order views stand; answers the status. */
export async function showProjection() {
    const status = await api('GET', '/api/admin/console/projections');
    $('#projection').textContent = `Generation ${status.generation} at event position ${status.position}, `
        + `${status.lag} event${status.lag === 1 ? '' : 's'} behind the store.`;
    return status;
}

async function rebuild() {
    const before = await showProjection();
    const pace = Math.max(MIN_PACE, Math.ceil(before.position / REBUILD_SECONDS));
    await api('POST', `/api/admin/console/projections/rebuild?eventsPerSecond=${pace}`);
    const progress = $('#rebuild-progress');
    progress.max = Math.max(1, before.position);
    progress.value = 0;
    progress.hidden = false;
    rebuildLog(`Rebuilding into a new generation at ${pace} events/s; readers keep the live one meanwhile.`);
    const deadline = Date.now() + REBUILD_SECONDS * 30_000;
    while (Date.now() < deadline) {
        await pause(250);
        const status = await showProjection();
        const running = status.rebuild;
        progress.max = Math.max(1, status.position, running.checkpoint);
        progress.value = running.checkpoint;
        if (running.cancelledAt) {
            rebuildLog(`The rebuild of generation ${running.generation} was cancelled.`);
            return;
        }
        if (running.finishedAt) {
            progress.value = progress.max;
            const equal = running.liveHash === running.rebuiltHash;
            $('#rebuild-log').replaceChildren(element('span', { 'data-hashes': equal ? 'equal' : 'different' },
                `Generation ${running.generation} swapped in after ${running.applied} events: its hash `
                + `${running.rebuiltHash} ${equal ? 'equals' : 'differs from'} the live generation's, `
                + `${running.liveHash}.`));
            return;
        }
        rebuildLog(`Rebuilding generation ${running.generation}: ${running.applied} events read, up to position `
            + `${running.checkpoint} of ${status.position}.`);
    }
    rebuildLog('The rebuild is still running: read its state again later.');
}
