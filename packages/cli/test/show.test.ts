import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

/**
 * What `track4tip show` prints, read once and checked by hand against the fixtures and the press
 * release (packages/core/src/fixtures): the webinar's node (startDate 2021-02-01, led by UNODC
 * under TRACK4TIP, sponsored by the TIP Office, in coordination with the Kingdom of the
 * Netherlands), its ten speakers with the titles and roles the press release gives them, the
 * eight countries TRACK4TIP serves; the APA citation of the untitled webinar by its bracketed
 * description; and the press release's disclaimer of Award No. SSJTIP19CA0027, word for word.
 * Not computed with the library calls the command makes: a change to what a user sees shows here.
 */
const SHOW = `# JSON-LD (unodc-webinar)

{
  "@context": "https://schema.org",
  "@graph": [
    {
      "@type": "Event",
      "@id": "https://example.org/#/schema/event/unodc-webinar",
      "about": [
        {
          "@id": "https://example.org/#/schema/legal-instrument/untoc"
        },
        {
          "@id": "https://example.org/#/schema/legal-instrument/tip-protocol"
        },
        {
          "@id": "https://example.org/#/schema/initiative/track4tip"
        },
        {
          "@id": "https://example.org/#/schema/organization/redtram"
        },
        {
          "@id": "https://example.org/#/schema/organization/unodc"
        }
      ],
      "contributor": [
        {
          "@id": "https://example.org/#/schema/country/NL"
        }
      ],
      "description": "An online seminar, led by UNODC under TRACK4TIP, on strengthening cooperation between criminal justice authorities in trafficking in persons cases, with speakers from UNODC, the United States, the Kingdom of the Netherlands, Chile and Argentina.",
      "disambiguatingDescription": "UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases (1 February 2021)",
      "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
      "organizer": [
        {
          "@id": "https://example.org/#/schema/organization/unodc"
        },
        {
          "@id": "https://example.org/#/schema/initiative/track4tip"
        }
      ],
      "performer": [
        {
          "@type": "PerformanceRole",
          "description": "Opened the seminar on the importance of international cooperation, in particular between the justice bodies of the Kingdom of the Netherlands and the United States.",
          "performer": {
            "@id": "https://example.org/#/schema/person/andin-bikker"
          },
          "roleName": "opening"
        },
        {
          "@type": "PerformanceRole",
          "performer": {
            "@id": "https://example.org/#/schema/person/maarten-smidts"
          },
          "roleName": "opening commentary"
        },
        {
          "@type": "PerformanceRole",
          "performer": {
            "@id": "https://example.org/#/schema/person/jose-vila-del-castillo"
          },
          "roleName": "opening commentary"
        },
        {
          "@type": "PerformanceRole",
          "description": "Presented UNODC's mandate under the Convention and the Trafficking in Persons Protocol, leading into UNODC's regional programmes, TRACK4TIP among them.",
          "performer": {
            "@id": "https://example.org/#/schema/person/carlos-perez"
          },
          "roleName": "trainer"
        },
        {
          "@type": "PerformanceRole",
          "description": "Spoke on the challenges and achievements of international and inter-institutional cooperation in Latin America and the Caribbean, and on teamwork between national authorities of one region.",
          "performer": {
            "@id": "https://example.org/#/schema/person/antonio-segovia"
          },
          "roleName": "trainer"
        },
        {
          "@type": "PerformanceRole",
          "description": "Described REDTRAM's work, including its commitment to a task force investigating trafficking cases in the context of migratory flows.",
          "performer": {
            "@id": "https://example.org/#/schema/person/marcelo-colombo"
          },
          "roleName": "trainer"
        },
        {
          "@type": "PerformanceRole",
          "description": "Presented TRACK4TIP: its work, implementation and progress in the eight countries where it runs.",
          "performer": {
            "@id": "https://example.org/#/schema/person/lissette-antonieta-reyes"
          },
          "roleName": "trainer"
        },
        {
          "@type": "PerformanceRole",
          "description": "Presented UNODC tools and publications for criminal justice professionals, with topics and case models usable across countries.",
          "performer": {
            "@id": "https://example.org/#/schema/person/pascale-reinke-schreiber"
          },
          "roleName": "trainer"
        },
        {
          "@type": "PerformanceRole",
          "description": "Closed the seminar on international collaboration and trauma-informed, victim-centred law enforcement.",
          "performer": {
            "@id": "https://example.org/#/schema/person/silke-albert"
          },
          "roleName": "closing"
        },
        {
          "@type": "PerformanceRole",
          "description": "Closed the seminar on international collaboration and trauma-informed, victim-centred law enforcement.",
          "performer": {
            "@id": "https://example.org/#/schema/person/laura-rundlet"
          },
          "roleName": "closing"
        }
      ],
      "sponsor": [
        {
          "@id": "https://example.org/#/schema/organization/us-tip-office"
        }
      ],
      "startDate": "2021-02-01"
    },
    {
      "@type": "Organization",
      "@id": "https://example.org/#/schema/organization/unodc",
      "alternateName": "UNODC",
      "description": "The United Nations office that helps Member States build their capacity against transnational organized crime, including trafficking in persons and smuggling of migrants, and serves as Technical Secretariat of the related Conventions and Protocols.",
      "name": "United Nations Office on Drugs and Crime",
      "url": "https://www.unodc.org"
    },
    {
      "@type": "Project",
      "@id": "https://example.org/#/schema/initiative/track4tip",
      "alternateName": "Transforming alerts into criminal justice responses to combat human trafficking within migration flows",
      "areaServed": [
        {
          "@id": "https://example.org/#/schema/country/EC"
        },
        {
          "@id": "https://example.org/#/schema/country/PE"
        },
        {
          "@id": "https://example.org/#/schema/country/BR"
        },
        {
          "@id": "https://example.org/#/schema/country/CO"
        },
        {
          "@id": "https://example.org/#/schema/country/DO"
        },
        {
          "@id": "https://example.org/#/schema/country/TT"
        },
        {
          "@id": "https://example.org/#/schema/country/CW"
        },
        {
          "@id": "https://example.org/#/schema/country/AW"
        }
      ],
      "description": "A UNODC initiative that helps eight countries of South America and the Caribbean strengthen how their criminal justice systems respond to human trafficking in migratory flows, at national and regional level.",
      "dissolutionDate": "2022",
      "event": [
        {
          "@id": "https://example.org/#/schema/event/unodc-webinar"
        }
      ],
      "foundingDate": "2019",
      "funder": [
        {
          "@id": "https://example.org/#/schema/organization/us-tip-office"
        }
      ],
      "name": "TRACK4TIP",
      "parentOrganization": [
        {
          "@id": "https://example.org/#/schema/organization/unodc"
        }
      ]
    },
    {
      "@type": "GovernmentOrganization",
      "@id": "https://example.org/#/schema/organization/us-tip-office",
      "alternateName": "TIP Office",
      "name": "Office to Monitor and Combat Trafficking in Persons",
      "parentOrganization": {
        "@id": "https://example.org/#/schema/organization/us-department-of-state"
      },
      "url": "https://www.state.gov/about-us-office-to-monitor-and-combat-trafficking-in-persons/"
    },
    {
      "@type": [
        "Country",
        "GovernmentOrganization"
      ],
      "@id": "https://example.org/#/schema/country/NL",
      "identifier": [
        {
          "@type": "PropertyValue",
          "propertyID": "ISO 3166-1 alpha-2",
          "value": "NL"
        },
        {
          "@type": "PropertyValue",
          "propertyID": "ISO 3166-1 alpha-3",
          "value": "NLD"
        },
        {
          "@type": "PropertyValue",
          "propertyID": "ISO 3166-1 numeric",
          "value": "528"
        }
      ],
      "name": "Kingdom of the Netherlands",
      "sameAs": "https://www.wikidata.org/wiki/Q29999"
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/andin-bikker",
      "description": "the current Minister of Justice of Aruba",
      "jobTitle": "Minister of Justice of Aruba",
      "name": "Andin Bikker"
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/maarten-smidts",
      "description": "Deputy Head of the Law Enforcement Department in the Netherlands Ministry of Justice and Security",
      "jobTitle": "Deputy Head",
      "name": "Maarten Smidts",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/nl-law-enforcement-department"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/jose-vila-del-castillo",
      "description": "Chief Representative of UNODC for Central America and the Caribbean",
      "jobTitle": "Chief Representative of UNODC for Central America and the Caribbean",
      "name": "José Vila del Castillo",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/unodc"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/carlos-perez",
      "description": "Crime Prevention and Criminal Justice Officer, Trafficking in Persons and Smuggling of Migrants Section of UNODC",
      "jobTitle": "Crime Prevention and Criminal Justice Officer",
      "name": "Carlos Perez",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/unodc-tip-som-section"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/antonio-segovia",
      "description": "Head of the International Cooperation Unit of the Public Prosecutor's Office of Chile",
      "jobTitle": "Head",
      "name": "Antonio Segovia",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/cl-international-cooperation-unit"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/marcelo-colombo",
      "description": "Head of the Unit against Trafficking and Exploitation of Persons of the Public Prosecutor's Office of Argentina",
      "jobTitle": "Head",
      "name": "Marcelo Colombo",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/ar-trafficking-and-exploitation-unit"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/lissette-antonieta-reyes",
      "description": "UNODC National Project Officer for the Dominican Republic",
      "jobTitle": "National Project Officer for the Dominican Republic",
      "name": "Lissette Antonieta Reyes",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/unodc"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/pascale-reinke-schreiber",
      "description": "from the Trafficking in Persons and Smuggling of Migrants Section of UNODC",
      "name": "Pascale Reinke-Schreiber",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/unodc-tip-som-section"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/silke-albert",
      "description": "Coordinator of the Global Programs on Trafficking in Persons and Smuggling of Migrants of UNODC",
      "honorificPrefix": "Ms.",
      "jobTitle": "Coordinator of the Global Programs on Trafficking in Persons and Smuggling of Migrants",
      "name": "Silke Albert",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/unodc"
      }
    },
    {
      "@type": "Person",
      "@id": "https://example.org/#/schema/person/laura-rundlet",
      "description": "Acting Deputy Director of the Office to Monitor and Combat Trafficking in Persons of the United States Department of State",
      "honorificPrefix": "Ms.",
      "jobTitle": "Acting Deputy Director",
      "name": "Laura Rundlet",
      "worksFor": {
        "@id": "https://example.org/#/schema/organization/us-tip-office"
      }
    },
    {
      "@type": "Legislation",
      "@id": "https://example.org/#/schema/legal-instrument/untoc",
      "alternateName": [
        "UNTOC",
        "United Nations Convention against Transnational Organized Crime"
      ],
      "legislationDate": "2000-11-15",
      "name": "Convention against Transnational Organized Crime",
      "url": "https://legal.un.org/avl/ha/unctoc/unctoc.html"
    },
    {
      "@type": "Legislation",
      "@id": "https://example.org/#/schema/legal-instrument/tip-protocol",
      "alternateName": [
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime"
      ],
      "isBasedOn": {
        "@id": "https://example.org/#/schema/legal-instrument/untoc"
      },
      "legislationDate": "2000-11-15",
      "name": "Protocol against Trafficking in Persons",
      "url": "https://legal.un.org/avl/ha/unctoc/unctoc.html"
    },
    {
      "@type": "Organization",
      "@id": "https://example.org/#/schema/organization/redtram",
      "alternateName": "REDTRAM",
      "name": "Ibero-American Network of Prosecutors Specialized in Trafficking in Persons and Smuggling of Migrants"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/EC",
      "name": "Ecuador",
      "sameAs": "https://www.wikidata.org/wiki/Q736"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/PE",
      "name": "Peru",
      "sameAs": "https://www.wikidata.org/wiki/Q419"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/BR",
      "name": "Brazil",
      "sameAs": "https://www.wikidata.org/wiki/Q155"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/CO",
      "name": "Colombia",
      "sameAs": "https://www.wikidata.org/wiki/Q739"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/DO",
      "name": "Dominican Republic",
      "sameAs": "https://www.wikidata.org/wiki/Q786"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/TT",
      "name": "Trinidad and Tobago",
      "sameAs": "https://www.wikidata.org/wiki/Q754"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/CW",
      "name": "Curaçao",
      "sameAs": "https://www.wikidata.org/wiki/Q25279"
    },
    {
      "@type": "Country",
      "@id": "https://example.org/#/schema/country/AW",
      "name": "Aruba",
      "sameAs": "https://www.wikidata.org/wiki/Q21203"
    },
    {
      "@type": "GovernmentOrganization",
      "@id": "https://example.org/#/schema/organization/us-department-of-state",
      "name": "United States Department of State",
      "sameAs": "https://www.wikidata.org/wiki/Q789915",
      "url": "https://www.state.gov"
    },
    {
      "@type": "GovernmentOrganization",
      "@id": "https://example.org/#/schema/organization/nl-law-enforcement-department",
      "name": "Law Enforcement Department"
    },
    {
      "@type": "Organization",
      "@id": "https://example.org/#/schema/organization/unodc-tip-som-section",
      "name": "Trafficking in Persons and Smuggling of Migrants Section"
    },
    {
      "@type": "GovernmentOrganization",
      "@id": "https://example.org/#/schema/organization/cl-international-cooperation-unit",
      "name": "International Cooperation Unit"
    },
    {
      "@type": "GovernmentOrganization",
      "@id": "https://example.org/#/schema/organization/ar-trafficking-and-exploitation-unit",
      "name": "Unit against Trafficking and Exploitation of Persons"
    }
  ]
}

# Citation (APA, en-US)

United Nations Office on Drugs and Crime. (2021, February 1). [UNODC webinar on cooperation between criminal justice authorities in trafficking in persons cases].

# Disclaimer

This press release was made possible through support provided by the United States Department of State, under the terms of Award No. SSJTIP19CA0027. The opinions expressed herein are those of the author(s) and do not necessarily reflect the views of the United States Department of State.
`;

describe('track4tip (no command) and track4tip show', () => {
  it("prints the webinar's graph, its citation and its disclaimer", async () => {
    const out = await cli([]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(SHOW);
    expect((await cli(['show'])).stdout).toBe(out.stdout);
  });

  it('uses --base-url for the @ids', async () => {
    const out = await cli(['show', '--base-url', 'https://www.example.net/']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('"@id": "https://www.example.net/#/schema/event/unodc-webinar"');
  });

  it('exits with 1 for a relative --base-url', async () => {
    const out = await cli(['show', '--base-url', 'example.org']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('--base-url');
    expect(out.stdout).toBe('');
  });

  it('exits with 2 on an unknown command, listing the commands', async () => {
    const out = await cli(['jsnold']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("unknown command 'jsnold'; use one of show, jsonld, cite");
  });
});
