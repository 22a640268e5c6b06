/**
 * Response objects in GitHub's shapes, complete enough to pass the OpenAPI response schemas.
 * API URLs point at the simulator; web URLs at github.com.
 */
import { createHash } from 'node:crypto'
import type { PullSpec } from './scenario.js'
import type {
  EntryType,
  SimState,
  StoredCheckRun,
  StoredComment,
  StoredJob,
  StoredReaction,
  StoredStatus,
  User
} from './state.js'

type Json = Record<string, unknown>
const WEB = 'https://github.com'

/** GitHub's legacy node ids: base64 of "0<len>:<Type><id>". */
export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64')
}

/** The git blob SHA of a file's content. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content)
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Base64 wrapped at 60 characters, as the contents API sends it. */
function base64Lines(content: string): string {
  const b64 = Buffer.from(content).toString('base64')
  return (b64.match(/.{1,60}/g) ?? ['']).map(line => `${line}\n`).join('')
}

export const repoApi = (s: SimState): string => `${s.baseUrl}/repos/${s.fullName}`
const repoWeb = (s: SimState): string => `${WEB}/${s.fullName}`

export function simpleUser(s: SimState, user: User): Json {
  const api = `${s.baseUrl}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'Bot' : 'User', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      user.type === 'Bot' ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false
  }
}

/** `/user` for a user token: the private view of the account. */
export function privateUser(s: SimState, user: User): Json {
  return {
    ...simpleUser(s, user),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: s.now(),
    private_gists: 0,
    total_private_repos: 1,
    owned_private_repos: 1,
    disk_usage: 1,
    collaborators: 0,
    two_factor_authentication: true
  }
}

/** A repository; one superset serves `minimal-repository`, `repository` and `full-repository`. */
export function repository(s: SimState, fullName = s.fullName): Json {
  const [owner, name] = fullName.split('/')
  const own = fullName === s.fullName
  const id = own ? s.repoId : s.repoId + 1 + (fullName.length % 1000)
  const api = `${s.baseUrl}/repos/${fullName}`
  const ownerUser = s.user({ login: owner, type: 'User' })
  const at = '2026-01-01T00:00:00Z'
  const urls = Object.fromEntries(
    Object.entries({
      archive: '/{archive_format}{/ref}',
      assignees: '/assignees{/user}',
      blobs: '/git/blobs{/sha}',
      branches: '/branches{/branch}',
      collaborators: '/collaborators{/collaborator}',
      comments: '/comments{/number}',
      commits: '/commits{/sha}',
      compare: '/compare/{base}...{head}',
      contents: '/contents/{+path}',
      contributors: '/contributors',
      deployments: '/deployments',
      downloads: '/downloads',
      events: '/events',
      forks: '/forks',
      git_commits: '/git/commits{/sha}',
      git_refs: '/git/refs{/sha}',
      git_tags: '/git/tags{/sha}',
      hooks: '/hooks',
      issue_comment: '/issues/comments{/number}',
      issue_events: '/issues/events{/number}',
      issues: '/issues{/number}',
      keys: '/keys{/key_id}',
      labels: '/labels{/name}',
      languages: '/languages',
      merges: '/merges',
      milestones: '/milestones{/number}',
      notifications: '/notifications{?since,all,participating}',
      pulls: '/pulls{/number}',
      releases: '/releases{/id}',
      stargazers: '/stargazers',
      statuses: '/statuses/{sha}',
      subscribers: '/subscribers',
      subscription: '/subscription',
      tags: '/tags',
      teams: '/teams',
      trees: '/git/trees{/sha}'
    }).map(([key, suffix]) => [`${key}_url`, api + suffix])
  )
  return {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName,
    owner: simpleUser(s, ownerUser),
    private: own ? s.visibility === 'private' : false,
    visibility: own ? s.visibility : 'public',
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: !own,
    url: api,
    ...urls,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${WEB}/${fullName}.git`,
    svn_url: `${WEB}/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: own ? s.defaultBranch : 'main',
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: at,
    created_at: at,
    updated_at: at,
    network_count: 0,
    subscribers_count: 0
  }
}

export function contentFile(s: SimState, commitSha: string, path: string, content: string): Json {
  const sha = blobSha(content)
  const self = `${repoApi(s)}/contents/${path}?ref=${commitSha}`
  const html = `${repoWeb(s)}/blob/${commitSha}/${path}`
  const git = `${repoApi(s)}/git/blobs/${sha}`
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').pop(),
    path,
    content: base64Lines(content),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${s.fullName}/${commitSha}/${path}`,
    _links: { self, git, html }
  }
}

/** One entry of a directory listing (no `content`). */
export function contentEntry(
  s: SimState,
  commitSha: string,
  entry: { name: string; path: string; type: EntryType }
): Json {
  if (entry.type === 'submodule') {
    // GitHub lists a submodule as type "file" in a directory listing, for backwards compatibility
    // (the contents API's documentation says so); only its own answer says "submodule".
    const { submodule_git_url: _url, ...module } = contentSubmodule(
      s,
      commitSha,
      entry.path,
      s.submodule(commitSha, entry.path)!
    )
    return { ...module, type: 'file' }
  }
  if (entry.type === 'symlink') {
    // A listing names the link; only the link's own answer carries its target.
    const { target: _target, ...link } = contentSymlink(
      s,
      commitSha,
      entry.path,
      s.symlink(commitSha, entry.path)!
    )
    return link
  }
  const content = entry.type === 'file' ? (s.file(commitSha, entry.path) ?? '') : ''
  const sha = entry.type === 'file' ? blobSha(content) : createHash('sha1').update(entry.path).digest('hex')
  const self = `${repoApi(s)}/contents/${entry.path}?ref=${commitSha}`
  const html = `${repoWeb(s)}/${entry.type === 'file' ? 'blob' : 'tree'}/${commitSha}/${entry.path}`
  const git = `${repoApi(s)}/git/${entry.type === 'file' ? 'blobs' : 'trees'}/${sha}`
  return {
    name: entry.name,
    path: entry.path,
    sha,
    size: Buffer.byteLength(content),
    url: self,
    html_url: html,
    git_url: git,
    download_url:
      entry.type === 'file'
        ? `https://raw.githubusercontent.com/${s.fullName}/${commitSha}/${entry.path}`
        : null,
    type: entry.type,
    _links: { self, git, html }
  }
}

/** The contents API's answer for a symbolic link it does not follow (to outside the repository, or to a directory). */
export function contentSymlink(s: SimState, commitSha: string, path: string, target: string): Json {
  const sha = blobSha(target)
  const self = `${repoApi(s)}/contents/${path}?ref=${commitSha}`
  const html = `${repoWeb(s)}/blob/${commitSha}/${path}`
  const git = `${repoApi(s)}/git/blobs/${sha}`
  return {
    type: 'symlink',
    target,
    size: Buffer.byteLength(target),
    name: path.split('/').pop(),
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${s.fullName}/${commitSha}/${path}`,
    _links: { self, git, html }
  }
}

/** The contents API's answer for a submodule: its repository URL and the commit it is pinned at. */
export function contentSubmodule(
  s: SimState,
  commitSha: string,
  path: string,
  module: { url: string; sha: string }
): Json {
  const self = `${repoApi(s)}/contents/${path}?ref=${commitSha}`
  // Links into the submodule's repository when it is on github.com, null otherwise (as GitHub does).
  const onGitHub = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(\.git)?$/.exec(module.url)
  const git = onGitHub ? `https://api.github.com/repos/${onGitHub[1]}/git/trees/${module.sha}` : null
  const html = onGitHub ? `https://github.com/${onGitHub[1]}/tree/${module.sha}` : null
  return {
    type: 'submodule',
    submodule_git_url: module.url,
    size: 0,
    name: path.split('/').pop(),
    path,
    sha: module.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: null,
    _links: { self, git, html }
  }
}

export function commit(s: SimState, sha: string): Json {
  const spec = s.commit(sha) ?? {}
  const author = s.user({ login: spec.author ?? 'octocat' })
  const gitUser = {
    name: author.login,
    email: `${author.id}+${author.login}@users.noreply.github.com`,
    date: s.now()
  }
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${repoApi(s)}/commits/${sha}`,
    html_url: `${repoWeb(s)}/commit/${sha}`,
    comments_url: `${repoApi(s)}/commits/${sha}/comments`,
    commit: {
      url: `${repoApi(s)}/git/commits/${sha}`,
      author: gitUser,
      committer: gitUser,
      message: spec.message ?? 'Commit',
      tree: {
        sha: createHash('sha1').update(`tree:${sha}`).digest('hex'),
        url: `${repoApi(s)}/git/trees/${sha}`
      },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    },
    author: simpleUser(s, author),
    committer: simpleUser(s, author),
    parents: (spec.parents ?? []).map(p => ({
      sha: p,
      url: `${repoApi(s)}/commits/${p}`,
      html_url: `${repoWeb(s)}/commit/${p}`
    })),
    files: []
  }
}

function integration(s: SimState, app: StoredCheckRun['app']): Json {
  const owner = s.user({ login: app.slug === 'github-actions' ? 'github' : s.owner, type: 'User' })
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('App', app.id),
    owner: simpleUser(s, owner),
    name: app.name,
    description: '',
    external_url: `${WEB}/apps/${app.slug}`,
    html_url: `${WEB}/apps/${app.slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'read', metadata: 'read', statuses: 'write' },
    events: ['check_run', 'check_suite', 'pull_request']
  }
}

function pullMinimal(s: SimState, pr: PullSpec): Json {
  const repo = { id: s.repoId, url: repoApi(s), name: s.repoName }
  return {
    id: pullId(pr),
    number: pr.number,
    url: `${repoApi(s)}/pulls/${pr.number}`,
    head: { ref: pr.head.ref, sha: pr.head.sha, repo },
    base: { ref: pr.base.ref, sha: pullBaseSha(s, pr), repo }
  }
}

export function checkRun(s: SimState, run: StoredCheckRun): Json {
  const url = `${repoApi(s)}/check-runs/${run.id}`
  // GitHub lists only same-repository PRs here (fork PRs are left out).
  const prs = s.pulls.filter(p => p.head.sha === run.head_sha && isSameRepo(s, p) && p.state !== 'closed')
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url,
    html_url: `${repoWeb(s)}/runs/${run.id}`,
    details_url: run.details_url ?? `${repoWeb(s)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`
    },
    check_suite: { id: run.check_suite_id },
    app: integration(s, run.app),
    pull_requests: prs.map(p => pullMinimal(s, p))
  }
}

export function status(s: SimState, st: StoredStatus): Json {
  return {
    url: `${repoApi(s)}/statuses/${st.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${st.creator.id}?v=4`,
    id: st.id,
    node_id: nodeId('StatusContext', st.id),
    state: st.state,
    description: st.description,
    target_url: st.target_url,
    context: st.context,
    created_at: st.created_at,
    updated_at: st.updated_at,
    creator: simpleUser(s, st.creator)
  }
}

/** The combined status: the latest status per context, and the overall state as GitHub derives it. */
export function combinedStatus(s: SimState, sha: string, latest: StoredStatus[]): Json {
  const states = latest.map(st => st.state)
  const state = states.some(x => x === 'error' || x === 'failure')
    ? 'failure'
    : states.length === 0 || states.some(x => x === 'pending')
      ? 'pending'
      : 'success'
  return {
    state,
    statuses: latest.map(st => {
      const { creator: _creator, ...rest } = status(s, st)
      return rest
    }),
    sha,
    total_count: latest.length,
    repository: repository(s),
    commit_url: `${repoApi(s)}/commits/${sha}`,
    url: `${repoApi(s)}/commits/${sha}/status`
  }
}

export function authorAssociation(s: SimState, user: User, fork = false): string {
  if (user.login === s.owner) return 'OWNER'
  if (user.type === 'Bot') return 'NONE'
  return fork ? 'CONTRIBUTOR' : 'MEMBER'
}

export function issueComment(s: SimState, c: StoredComment): Json {
  const isPull = s.pull(c.issue_number) !== undefined
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${repoApi(s)}/issues/comments/${c.id}`,
    html_url: `${repoWeb(s)}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(s, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${repoApi(s)}/issues/${c.issue_number}`,
    author_association: authorAssociation(s, c.user),
    performed_via_github_app: null,
    reactions: reactionRollup(s, c)
  }
}

const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'eyes', 'rocket'] as const

/** The counts GitHub embeds in a comment: one per kind of reaction. */
function reactionRollup(s: SimState, c: StoredComment): Json {
  const on = s.reactions.filter(r => r.comment_id === c.id)
  const counts = Object.fromEntries(REACTION_CONTENTS.map(k => [k, on.filter(r => r.content === k).length]))
  return { url: `${repoApi(s)}/issues/comments/${c.id}/reactions`, total_count: on.length, ...counts }
}

const isSameRepo = (s: SimState, pr: PullSpec): boolean => (pr.head.repo ?? s.fullName) === s.fullName
const pullId = (pr: PullSpec): number => 100_000 + pr.number
const pullBaseSha = (s: SimState, pr: PullSpec): string => pr.base.sha ?? s.resolveRef(pr.base.ref) ?? ''

/** A pull request: `pull-request` when `full`, else `pull-request-simple` (as list endpoints send). */
export function pullRequest(s: SimState, pr: PullSpec, full: boolean): Json {
  const api = `${repoApi(s)}/pulls/${pr.number}`
  const issue = `${repoApi(s)}/issues/${pr.number}`
  const html = `${repoWeb(s)}/pull/${pr.number}`
  const user = s.user(pr.user ?? { login: 'octocat' })
  const headRepo = pr.head.repo ?? s.fullName
  const side = (ref: string, sha: string, repoName: string): Json => ({
    label: `${repoName.split('/')[0]}:${ref}`,
    ref,
    sha,
    user: simpleUser(s, s.user({ login: repoName.split('/')[0], type: 'User' })),
    repo: repository(s, repoName)
  })
  const link = (href: string): Json => ({ href })
  const closed = pr.state === 'closed'
  const base: Json = {
    url: api,
    id: pullId(pr),
    node_id: nodeId('PullRequest', pullId(pr)),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(s)}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${repoApi(s)}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state ?? 'open',
    locked: false,
    title: pr.title ?? `Pull request ${pr.number}`,
    user: simpleUser(s, user),
    body: pr.body ?? null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: '2026-11-01T00:00:00Z',
    updated_at: s.now(),
    closed_at: closed ? s.now() : null,
    merged_at: pr.merged ? s.now() : null,
    merge_commit_sha: closed && !pr.merged ? null : s.mergeCommitOf(pr),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pr.head.ref, pr.head.sha, headRepo),
    base: side(pr.base.ref, pullBaseSha(s, pr), s.fullName),
    _links: {
      self: link(api),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${repoApi(s)}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${repoApi(s)}/statuses/${pr.head.sha}`)
    },
    author_association: authorAssociation(s, user, !isSameRepo(s, pr)),
    auto_merge: null,
    draft: pr.draft ?? false
  }
  if (!full) return base
  return {
    ...base,
    merged: pr.merged ?? false,
    mergeable: closed ? null : true,
    rebaseable: closed ? null : true,
    mergeable_state: closed ? 'unknown' : 'clean',
    merged_by: null,
    comments: s.comments.filter(c => c.issue_number === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: !isSameRepo(s, pr),
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1
  }
}

export function job(s: SimState, j: StoredJob): Json {
  const checkRunId = j.check_run_id ?? j.id
  return {
    id: j.id,
    run_id: j.run_id,
    run_url: `${repoApi(s)}/actions/runs/${j.run_id}`,
    run_attempt: j.run_attempt,
    node_id: nodeId('CheckRun', j.id),
    head_sha: j.head_sha,
    url: `${repoApi(s)}/actions/jobs/${j.id}`,
    html_url: `${repoWeb(s)}/actions/runs/${j.run_id}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: j.started_at,
    started_at: j.started_at,
    completed_at: j.completed_at,
    name: j.name,
    steps: [],
    check_run_url: `${repoApi(s)}/check-runs/${checkRunId}`,
    labels: ['ubuntu-latest'],
    runner_id: 1,
    runner_name: j.runner_name,
    runner_group_id: 2,
    runner_group_name: 'GitHub Actions',
    workflow_name: j.workflow_name,
    head_branch: j.head_branch
  }
}

/** A reaction (`reaction`). */
export function reaction(s: SimState, r: StoredReaction): Json {
  return {
    id: r.id,
    node_id: nodeId('Reaction', r.id),
    user: simpleUser(s, r.user),
    content: r.content,
    created_at: r.created_at
  }
}

/** A team membership (`team-membership`). */
export function teamMembership(s: SimState, org: string, slug: string, login: string, state: string): Json {
  return {
    url: `${s.baseUrl}/organizations/${stableTeamId(org)}/team/${stableTeamId(`${org}/${slug}`)}/memberships/${encodeURIComponent(login)}`,
    role: 'member',
    state
  }
}

const stableTeamId = (text: string): number =>
  parseInt(createHash('sha1').update(text).digest('hex').slice(0, 7), 16)
