// The API panel: Swagger UI, from its webjar, over the four OpenAPI documents; its calls carry the session's token.
import { $, session } from './page.js';

const GATEWAY = '/openapi?format=JSON';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export function startApi() {
    $('#api-document').addEventListener('change', showApi);
}

/** The chosen document; only the gateway's routes may be tried, as only they take calls from outside. */
export function showApi() {
    const url = $('#api-document').value;
    globalThis.SwaggerUIBundle({
        domNode: $('#swagger-ui'),
        url,
        supportedSubmitMethods: url === GATEWAY ? METHODS : [],
        requestInterceptor: (request) => {
            if (session.token) {
                request.headers.Authorization = `Bearer ${session.token}`;
            }
            return request;
        },
        validatorUrl: null,
        deepLinking: false,
        docExpansion: 'list',
        defaultModelsExpandDepth: -1,
    });
}

export function hideApi() {
    $('#swagger-ui').replaceChildren();
}
