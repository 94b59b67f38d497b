import { type DataError, formatDataError } from '../data/errors'

/** Every data problem, each with its file, line and field, as a list a person can work through. */
export function ErrorList({ title, errors }: { title: string; errors: readonly DataError[] }) {
  return (
    <div className="error-list" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((e) => (
          <li key={formatDataError(e)}>
            <code>{formatDataError(e)}</code>
          </li>
        ))}
      </ul>
    </div>
  )
}
