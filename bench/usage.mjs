// Preloaded (`node --import`) into each bundle the bench starts: on exit, writes the process's CPU
// time and peak memory to BENCH_USAGE_FILE, which no outside timer can see.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_USAGE_FILE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        maxRssMb: usage.maxRSS / 1024
      })
    )
  })
}
