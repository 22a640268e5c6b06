/**
 * `POST /graphql`, for the queries the gate sends (the `blame` of a file). Every query is validated
 * against GitHub's published GraphQL schema (`@octokit/graphql-schema`), and executed against that
 * same schema by graphql-js over the simulator's state, so an answer can only have GitHub's shape:
 * a field the schema lacks, or a value of the wrong type, is an error here, not a silent pass.
 */
import { readFileSync } from 'node:fs'
import {
  buildClientSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'
import type { Reply } from './routes/route.js'
import type { TokenSpec } from './scenario.js'
import type { BlameCommitSpec } from './scenario-blame.js'
import type { SimState } from './state.js'

// The package's own entry parses this file twice and builds a schema at import; reading the file
// here builds it once, on the first GraphQL request (it is large: only tests that need it pay).
const SCHEMA_FILE = new URL('../node_modules/@octokit/graphql-schema/schema.json', import.meta.url)

let built: GraphQLSchema | undefined
/** GitHub's schema, built once per process. */
function schema(): GraphQLSchema {
  built ??= buildClientSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as IntrospectionQuery)
  return built
}

export const GRAPHQL_DOCS = 'https://docs.github.com/graphql'

/** Answers one GraphQL request; `problems` are queries GitHub's schema rejects (a bug in the caller). */
export async function answerGraphql(
  body: unknown,
  token: TokenSpec,
  state: SimState
): Promise<{ reply: Reply; problems: string[] }> {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> }
  if (typeof query !== 'string') {
    return {
      reply: {
        status: 200,
        body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
      },
      problems: ['graphql: a request without a query']
    }
  }
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (e) {
    const message = e instanceof GraphQLError ? e.message : String(e)
    return { reply: { status: 200, body: { errors: [{ message }] } }, problems: [`graphql: ${message}`] }
  }
  const invalid = validate(schema(), document)
  if (invalid.length > 0) {
    const errors = invalid.map(e => ({ message: e.message, locations: e.locations }))
    return {
      reply: { status: 200, body: { errors } },
      problems: invalid.map(e => `graphql: not valid against GitHub's schema: ${e.message}`)
    }
  }
  const held = token.permissions.contents
  if (!held && state.visibility !== 'public') {
    // What GitHub answers an installation token that may not read the repository's contents.
    return {
      reply: {
        status: 200,
        body: {
          data: { repository: null },
          errors: [
            {
              type: 'FORBIDDEN',
              path: ['repository'],
              locations: [{ line: 2, column: 3 }],
              message: 'Resource not accessible by integration'
            }
          ]
        }
      },
      problems: []
    }
  }
  const result = await execute({
    schema: schema(),
    document,
    variableValues: variables,
    rootValue: { repository: (args: { owner: string; name: string }) => repository(state, args) }
  })
  const problems = (result.errors ?? []).map(
    e => `graphql: the simulator's answer broke the schema: ${e.message}`
  )
  return { reply: { status: 200, body: JSON.parse(JSON.stringify(result)) as unknown }, problems }
}

function repository(state: SimState, { owner, name }: { owner: string; name: string }) {
  if (
    owner.toLowerCase() !== state.owner.toLowerCase() ||
    name.toLowerCase() !== state.repoName.toLowerCase()
  )
    return null
  return {
    object: ({ expression }: { expression: string }) => {
      const sha = state.resolveRef(expression)
      if (!sha || !state.commit(sha)) return null
      return {
        __typename: 'Commit',
        oid: sha,
        blame: ({ path }: { path: string }) => ({ ranges: blameOf(state, sha, path) })
      }
    }
  }
}

function blameOf(state: SimState, sha: string, path: string) {
  const given = state.blame[sha]?.[path]
  const text = state.file(sha, path)
  if (!given && text === undefined) return []
  const ranges = given ?? [
    {
      startingLine: 1,
      endingLine: Math.max(1, text!.split('\n').length - (text!.endsWith('\n') ? 1 : 0)),
      commit: {
        oid: sha,
        author: { name: 'Someone', email: 'someone@example.com' },
        committedDate: state.now()
      }
    }
  ]
  return ranges.map(r => ({
    startingLine: r.startingLine,
    endingLine: r.endingLine,
    age: 1,
    commit: commit(state, r.commit)
  }))
}

function commit(state: SimState, c: BlameCommitSpec) {
  return {
    __typename: 'Commit',
    oid: c.oid,
    url: `https://github.com/${state.owner}/${state.repoName}/commit/${c.oid}`,
    committedDate: c.committedDate,
    author: {
      name: c.author.name,
      email: c.author.email,
      user: c.author.login ? { __typename: 'User', login: c.author.login } : null
    }
  }
}
