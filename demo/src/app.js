// Browser side of the demo: product analytics.
import posthog from 'posthog-js';

posthog.init('phc_demo_key', { api_host: 'https://eu.i.posthog.com' });
