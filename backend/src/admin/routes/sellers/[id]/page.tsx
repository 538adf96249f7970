import { useParams } from "react-router-dom"
import { SellerDetailView } from "../../../components/sellers/seller-detail"

/** A seller's review page (no sidebar entry: dynamic routes take no route config). */
const SellerDetailPage = () => {
  const { id } = useParams()
  return id ? <SellerDetailView key={id} id={id} /> : null
}

export default SellerDetailPage
