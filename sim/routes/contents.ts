/** Repository, contents and commits. */
import {
  commit,
  contentEntry,
  contentFile,
  contentSubmodule,
  contentSymlink,
  nodeId,
  repository
} from '../factories.js'
import { type Route, noCommit, notFound, ok } from './route.js'

const DOCS = {
  repo: 'https://docs.github.com/rest/repos/repos#get-a-repository',
  contents: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  commit: 'https://docs.github.com/rest/commits/commits#get-a-commit',
  ref: 'https://docs.github.com/rest/git/refs#get-a-reference'
}

export const contentsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/git/ref/{ref}',
    docs: DOCS.ref,
    permissions: [[['contents', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const [kind, ...rest] = params.ref.split('/')
      const name = rest.join('/')
      const sha = kind === 'heads' ? state.branches[name] : kind === 'tags' ? state.tags[name] : undefined
      if (!sha) return notFound(DOCS.ref)
      const url = `${state.baseUrl}/repos/${state.fullName}/git/refs/${params.ref}`
      return ok({
        ref: `refs/${params.ref}`,
        node_id: nodeId('REF', `${state.fullName}:${params.ref}`),
        url,
        object: { type: 'commit', sha, url: `${state.baseUrl}/repos/${state.fullName}/git/commits/${sha}` }
      })
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    docs: DOCS.repo,
    // Metadata: read, which every installation token holds.
    permissions: [],
    handle: ({ state }) => ok(repository(state))
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/contents/{path}',
    docs: DOCS.contents,
    permissions: [[['contents', 'read']]],
    publicRead: true,
    handle: ({ state, params, query, headers }) => {
      const ref = query.ref || state.defaultBranch
      const sha = state.resolveRef(ref)
      if (!sha) return notFound(DOCS.contents, `No commit found for the ref ${ref}`)
      let path = params.path.replace(/^\/+|\/+$/g, '')
      const module = state.submodule(sha, path)
      if (module) return ok(contentSubmodule(state, sha, path, module))
      const target = state.symlink(sha, path)
      if (target !== undefined) {
        // A link to a file in the repository is followed: the answer is that file. Any other link
        // (out of the repository, to a directory, to nothing) is described, not followed.
        const resolved = state.resolveLink(path, target)
        if (resolved === undefined || state.file(sha, resolved) === undefined)
          return ok(contentSymlink(state, sha, path, target))
        path = resolved
      }
      const content = state.file(sha, path)
      if (content !== undefined) {
        // `Accept: application/vnd.github.raw` (Octokit's mediaType.format "raw") sends the bytes.
        if (/vnd\.github(\.v3)?\.raw/.test(String(headers.accept ?? ''))) {
          return {
            status: 200,
            body: content,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' }
          }
        }
        return ok(contentFile(state, sha, path, content))
      }
      const entries = state.directory(sha, path)
      if (entries.length > 0) return ok(entries.map(e => contentEntry(state, sha, e)))
      return notFound(DOCS.contents)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}',
    docs: DOCS.commit,
    permissions: [[['contents', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const sha = state.resolveRef(params.ref)
      return sha ? ok(commit(state, sha)) : noCommit(DOCS.commit, params.ref)
    }
  }
]
