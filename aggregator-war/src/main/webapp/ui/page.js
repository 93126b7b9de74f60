// What the console's panels share: the session, whose token lives in this module's memory only, the gateway's API
// called with it, and a few DOM helpers.

export const session = { token: null, user: null, roles: [], expiry: null, stream: null };

export const $ = (selector) => document.querySelector(selector);

export const pause = (millis) => new Promise((resolve) => setTimeout(resolve, millis));

export function element(tag, attributes = {}, ...children) {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (name === 'className') {
            made.className = value;
        } else {
            made.setAttribute(name, value);
        }
    }
    for (const child of children) {
        made.append(child instanceof Node ? child : String(child ?? ''));
    }
    return made;
}

export function notice(text) {
    $('#notice').textContent = text;
}

let onRefused = () => {};

/** What the page does when the gateway refuses the token (401): the sign-out, set by console.js. */
export function whenRefused(handler) {
    onRefused = handler;
}

/** A JSON call to the gateway with the session's token; a problem document becomes an Error carrying it. */
export async function api(method, path, body) {
    if (!session.token) {
        throw new Error('Sign in first');
    }
    const headers = { Authorization: `Bearer ${session.token}`, Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    const answer = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await answer.text();
    const json = text ? JSON.parse(text) : null;
    if (answer.status === 401) {
        onRefused('Your token was refused or has expired: sign in again.');
    }
    if (!answer.ok) {
        const problem = new Error(`${method} ${path}: ${answer.status} ${json?.title ?? ''} ${json?.detail ?? ''}`);
        problem.status = answer.status;
        throw problem;
    }
    return json;
}

export function mayOperate() {
    return session.roles.includes('operator') || session.roles.includes('admin');
}

/** A status line's text: what happened, or what went wrong. */
export function say(line, what) {
    line.textContent = what instanceof Error ? what.message : what;
}
