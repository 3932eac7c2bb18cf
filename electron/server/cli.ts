import { main } from './serve'

void main(process.argv.slice(2), import.meta.dirname)
