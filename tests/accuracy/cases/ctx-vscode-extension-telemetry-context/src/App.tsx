import { useEffect, useState } from "react"
import type { ExtensionMessage } from "@shared/ExtensionMessage"
import ChatView from "@/components/chat/ChatView"
import HistoryView from "@/components/history/HistoryView"
import SettingsView from "@/components/settings/SettingsView"
import { ExtensionStateContextProvider } from "@/context/ExtensionStateContext"

type View = "chat" | "history" | "settings"

const AppContent = () => {
	const [view, setView] = useState<View>("chat")

	useEffect(() => {
		const handleMessage = (event: MessageEvent<ExtensionMessage>) => {
			const message = event.data
			if (message.type !== "action") return
			switch (message.action) {
				case "chatButtonClicked":
					setView("chat")
					break
				case "historyButtonClicked":
					setView("history")
					break
				case "settingsButtonClicked":
					setView("settings")
					break
			}
		}
		window.addEventListener("message", handleMessage)
		return () => window.removeEventListener("message", handleMessage)
	}, [])

	return (
		<>
			{view === "settings" && <SettingsView onDone={() => setView("chat")} />}
			{view === "history" && <HistoryView onDone={() => setView("chat")} />}
			{/* ChatView stays mounted so an in-flight task keeps its scroll position */}
			<ChatView isHidden={view !== "chat"} />
		</>
	)
}

const App = () => (
	<ExtensionStateContextProvider>
		<AppContent />
	</ExtensionStateContextProvider>
)

export default App
