/// Believable customer company names per Nordic market: a place-like stem, a line of business
/// in the market's language, and the local form of "limited company".
///
/// Names can repeat across sellers' books, as they do in real CRMs; accounts are told apart
/// by id.
enum NordicCompanyNames {
    static func name(marketCode: String?, random: inout SeededGenerator) -> String {
        let words = MarketWords(marketCode: marketCode)
        return "\(random.element(of: words.stems)) \(random.element(of: words.businesses)) \(words.legalForm)"
    }

    private struct MarketWords {
        let stems: [String]
        let businesses: [String]
        let legalForm: String

        init(marketCode: String?) {
            switch marketCode {
            case "NO":
                stems = Self.scandinavianStems
                businesses = ["Logistikk", "Bygg", "Energi", "Eiendom", "Teknologi", "Mat", "Helse", "Media", "Industri", "Rådgivning"]
                legalForm = "AS"
            case "DK":
                stems = Self.scandinavianStems
                businesses = ["Logistik", "Byg", "Energi", "Ejendomme", "Teknik", "Fødevarer", "Sundhed", "Medier", "Industri", "Rådgivning"]
                legalForm = "A/S"
            case "FI":
                stems = ["Aalto", "Kivi", "Koivu", "Lumi", "Meri", "Revontuli", "Saari", "Tunturi", "Vuori", "Järvi",
                         "Kallio", "Honka", "Virta", "Pohjola", "Kuusi", "Ilta", "Tähti", "Laakso", "Ranta", "Salama"]
                businesses = ["Logistiikka", "Rakennus", "Energia", "Kiinteistöt", "Teknologia", "Elintarvike", "Terveys", "Media", "Teollisuus", "Konsultointi"]
                legalForm = "Oy"
            default:
                stems = Self.scandinavianStems
                businesses = ["Logistik", "Bygg", "Energi", "Fastigheter", "Teknik", "Livsmedel", "Vård", "Media", "Industri", "Konsult"]
                legalForm = "AB"
            }
        }

        static let scandinavianStems = [
            "Norrsken", "Fjällvik", "Björkdal", "Ekholm", "Granlund", "Havsbris", "Isberg", "Kustlinje", "Lövdal", "Midnatt",
            "Nordvik", "Polar", "Silverfors", "Stenbro", "Tallkrog", "Vinterhav", "Älvdal", "Östersol", "Fyrtorn", "Solberga",
        ]
    }
}
