import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react"
import type { ExtensionMessage } from "@shared/ExtensionMessage"
import type { TelemetrySetting } from "@shared/TelemetrySetting"
import { vscode } from "@/utils/vscode"

export interface ExtensionSettings {
	/** "unset" until the user has answered; the extension host treats it like "enabled". */
	telemetrySetting: TelemetrySetting
	showLineNumbers: boolean
	playCompletionSound: boolean
	preferredLanguage: string
	maxRequestsPerTask: number
}

interface ExtensionStateContextType extends ExtensionSettings {
	isSaving: boolean
	saveError?: string
	setTelemetrySetting: (value: TelemetrySetting) => void
	setShowLineNumbers: (value: boolean) => void
	setPlayCompletionSound: (value: boolean) => void
	setPreferredLanguage: (value: string) => void
	setMaxRequestsPerTask: (value: number) => void
	saveSettings: () => void
}

const ExtensionStateContext = createContext<ExtensionStateContextType | undefined>(undefined)

export const ExtensionStateContextProvider = ({ children }: { children: ReactNode }) => {
	const [state, setState] = useState<ExtensionSettings>({
		telemetrySetting: "unset",
		showLineNumbers: true,
		playCompletionSound: false,
		preferredLanguage: "English",
		maxRequestsPerTask: 20,
	})
	const [isSaving, setIsSaving] = useState(false)
	const [saveError, setSaveError] = useState<string>()

	useEffect(() => {
		const handleMessage = (event: MessageEvent<ExtensionMessage>) => {
			const message = event.data
			switch (message.type) {
				case "settingsSaved":
					setIsSaving(false)
					setSaveError(undefined)
					break
				case "settingsSaveFailed":
					setIsSaving(false)
					setSaveError(message.error ?? "Couldn't write to your VS Code settings.")
					break
			}
		}
		window.addEventListener("message", handleMessage)
		return () => window.removeEventListener("message", handleMessage)
	}, [])

	const saveSettings = useCallback(() => {
		setIsSaving(true)
		vscode.postMessage({ type: "updateSettings", settings: state })
	}, [state])

	const contextValue: ExtensionStateContextType = {
		...state,
		isSaving,
		saveError,
		setTelemetrySetting: (value) => setState((prev) => ({ ...prev, telemetrySetting: value })),
		setShowLineNumbers: (value) => setState((prev) => ({ ...prev, showLineNumbers: value })),
		setPlayCompletionSound: (value) => setState((prev) => ({ ...prev, playCompletionSound: value })),
		setPreferredLanguage: (value) => setState((prev) => ({ ...prev, preferredLanguage: value })),
		setMaxRequestsPerTask: (value) => setState((prev) => ({ ...prev, maxRequestsPerTask: value })),
		saveSettings,
	}

	return <ExtensionStateContext.Provider value={contextValue}>{children}</ExtensionStateContext.Provider>
}

export const useExtensionState = () => {
	const context = useContext(ExtensionStateContext)
	if (context === undefined) {
		throw new Error("useExtensionState must be used within an ExtensionStateContextProvider")
	}
	return context
}
