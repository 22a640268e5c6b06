// bottleneck/light.js (the build @octokit/plugin-throttling uses) is the full Bottleneck without
// clustering; its package types only the main entry.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
