import { Loader2 } from "lucide-react"
import { Button } from "@/components/ui/button"
import { Checkbox } from "@/components/ui/checkbox"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { useExtensionState } from "@/context/ExtensionStateContext"
import { SectionHeader } from "./SectionHeader"

type SettingsViewProps = {
	onDone: () => void
}

const SettingsView = ({ onDone }: SettingsViewProps) => {
	const {
		telemetrySetting,
		setTelemetrySetting,
		showLineNumbers,
		setShowLineNumbers,
		playCompletionSound,
		setPlayCompletionSound,
		maxRequestsPerTask,
		setMaxRequestsPerTask,
		isSaving,
		saveError,
		saveSettings,
	} = useExtensionState()

	return (
		<div className="fixed inset-0 flex flex-col overflow-hidden bg-vscode-editor-background">
			<header className="flex items-center justify-between border-b border-vscode-panel-border px-5 py-2.5">
				<h3 className="m-0 text-base font-semibold text-vscode-foreground">Settings</h3>
				<div className="flex gap-2">
					<Button size="sm" variant="secondary" onClick={onDone}>
						Close
					</Button>
					<Button size="sm" onClick={saveSettings} disabled={isSaving}>
						{isSaving && <Loader2 className="mr-1.5 h-3.5 w-3.5 animate-spin" />}
						{isSaving ? "Saving…" : "Save"}
					</Button>
				</div>
			</header>

			<div className="flex-1 space-y-6 overflow-y-auto px-5 py-4">
				<section>
					<SectionHeader>Editor</SectionHeader>
					<div className="mt-3 space-y-3">
						<div className="flex items-center space-x-2">
							<Checkbox
								id="show-line-numbers"
								checked={showLineNumbers}
								onCheckedChange={(checked) => setShowLineNumbers(checked === true)}
							/>
							<Label htmlFor="show-line-numbers">Show line numbers in diff previews</Label>
						</div>
						<div className="flex items-center space-x-2">
							<Checkbox
								id="completion-sound"
								checked={playCompletionSound}
								onCheckedChange={(checked) => setPlayCompletionSound(checked === true)}
							/>
							<Label htmlFor="completion-sound">Play a sound when a task finishes</Label>
						</div>
						<div className="grid max-w-xs gap-1.5">
							<Label htmlFor="max-requests">Maximum requests per task</Label>
							<Input
								id="max-requests"
								type="number"
								min={1}
								max={100}
								value={maxRequestsPerTask}
								onChange={(event) => setMaxRequestsPerTask(Number(event.target.value))}
							/>
						</div>
					</div>
				</section>

				<section>
					<SectionHeader>Usage data</SectionHeader>
					<div className="mt-3 flex items-start space-x-2">
						<Checkbox
							id="telemetry"
							checked={telemetrySetting !== "disabled"}
							onCheckedChange={(checked) => setTelemetrySetting(checked === true ? "enabled" : "disabled")}
						/>
						<div className="grid gap-1.5 leading-none">
							<Label htmlFor="telemetry">Send usage data and crash reports to help improve Tidewright</Label>
							<p className="text-sm text-muted-foreground">
								Which commands you run, how long requests take and the error details when something crashes. Never
								your code, prompts or file names.
							</p>
						</div>
					</div>
				</section>

				{saveError && (
					<p role="alert" className="text-sm text-vscode-errorForeground">
						{saveError}
					</p>
				)}
			</div>
		</div>
	)
}

export default SettingsView
