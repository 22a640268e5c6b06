// The yardstick for the gate's cold start: a bundle of @actions/core alone, doing what every action
// does first (read an input) and last (set the result).
import * as core from '@actions/core'

core.setFailed(`core only: token input is ${core.getInput('token') ? 'set' : 'empty'}`)
