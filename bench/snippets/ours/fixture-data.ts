// Fixture data only: read the webinar and its organiser; no validator, no JSON-LD, no citations.
import { getEvent, getOrganization } from '@track4tip/core';

const webinar = getEvent('unodc-webinar');
document.title = `${webinar.descriptiveLabel} (${getOrganization('unodc').name})`;
