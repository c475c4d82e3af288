import { ENTITY_COLLECTIONS, ENTITY_TYPES, fixtures } from '@track4tip/core';
import { type Command, Option } from 'commander';
import { type CliIo, InvalidInput } from '../io.js';

/** One fixture entity as `list` shows it. */
export interface ListedEntity {
  readonly collection: string;
  /** The type to write in `type:id` (`jsonld country:CW`). */
  readonly type: string;
  readonly id: string;
  readonly label: string;
}

/** Every fixture entity with its id and its name (or the SDK's descriptive label). */
export function listEntities(): ListedEntity[] {
  const listed: ListedEntity[] = [];
  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of fixtures[collection] ?? []) {
      const record = entity as {
        id: string;
        name?: string;
        descriptiveLabel?: string;
        number?: string;
      };
      // An award has no name: the press release calls it "Award No. …".
      const label =
        record.name ?? record.descriptiveLabel ?? `Award No. ${record.number ?? record.id}`;
      listed.push({ collection, type: ENTITY_TYPES[collection], id: record.id, label });
    }
  }
  return listed;
}

export function listCommand(program: Command, io: CliIo): void {
  program
    .command('list')
    .description('list the fixture entities and their ids (use an id with `jsonld` or `cite`)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .argument(
      '[collection]',
      `only one collection: ${ENTITY_COLLECTIONS.join(', ')} (or its type, e.g. country)`,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip list\n  track4tip list countries\n  track4tip list --format json',
    )
    .action((collection: string | undefined, options: { format: string }) => {
      const entities = listEntities().filter(
        (e) => collection === undefined || e.collection === collection || e.type === collection,
      );
      if (entities.length === 0) {
        throw new InvalidInput([
          {
            severity: 'error',
            code: 'UNKNOWN_COLLECTION',
            path: '[collection]',
            message: `there is no collection ${JSON.stringify(collection)}; use one of ${ENTITY_COLLECTIONS.join(', ')}`,
          },
        ]);
      }
      if (options.format === 'json') {
        io.stdout(`${JSON.stringify(entities, null, 2)}\n`);
        return;
      }
      const width = Math.max(...entities.map((e) => e.id.length));
      let current = '';
      for (const entity of entities) {
        if (entity.collection !== current) {
          io.stdout(`${current === '' ? '' : '\n'}${entity.collection}\n`);
          current = entity.collection;
        }
        io.stdout(`  ${entity.id.padEnd(width)}  ${entity.label}\n`);
      }
    });
}
